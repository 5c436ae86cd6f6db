package vn.lienket.console.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.ApiResponse;
import vn.lienket.console.api.Download;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.api.Json;
import vn.lienket.console.derived.Words;
import vn.lienket.console.signin.SignedIn;

/** What both documents pages share: the plan's header and versions, the upload, a download or its refusal. */
@Component
class DocumentPages {

    private final Gateway gateway;
    private final SignedIn signedIn;
    private final Words words;

    DocumentPages(Gateway gateway, SignedIn signedIn, Words words) {
        this.gateway = gateway;
        this.signedIn = signedIn;
        this.words = words;
    }

    /** The master plan, its programme, and whether the person may import for it (the lead's coordinator). */
    void master(Model model, String planId) {
        JsonNode plan = gateway.get("/api/master-plans/{id}", planId).body();
        String programmeId = Json.text(plan, "programmeId");
        JsonNode programme = gateway.get("/api/programmes/{id}", programmeId).body();
        int latest = plan.path("latestVersion").path("number").asInt(0);
        model.addAttribute("plan", plan);
        model.addAttribute("planId", planId);
        model.addAttribute("programmeId", programmeId);
        model.addAttribute("versions", IntStream.rangeClosed(1, latest).map(i -> latest + 1 - i).boxed().toList());
        model.addAttribute("latest", latest);
        model.addAttribute("importer", signedIn.person().coordinator()
                && signedIn.person().tenant().equals(Json.text(programme, "leadAuthority")));
    }

    /** The province's derived plan (its ETag for an apply), its published versions, whether the person may import. */
    String derived(Model model, String province, String planId) {
        ApiResponse response = gateway.get("/api/provinces/{p}/derived-plans/{id}", province, planId);
        JsonNode plan = response.body();
        // versions are numbered 1 to the current one; the detail lists none of them
        int current = plan.path("derivedVersion").asInt();
        List<Integer> versions = java.util.stream.IntStream.iterate(current, n -> n >= 1, n -> n - 1).boxed().toList();
        model.addAttribute("plan", plan);
        model.addAttribute("province", province);
        model.addAttribute("planId", planId);
        model.addAttribute("versions", versions);
        model.addAttribute("etag", response.etag());
        model.addAttribute("importer", signedIn.person().writesFor(province) && Json.text(plan, "archivedInto") == null
                && Json.text(plan, "closedAt") == null);
        return response.etag();
    }

    /** Uploads the chosen file to {@code path}: the stored preview's id. */
    String upload(MultipartFile file, String path, Object... variables) {
        if (file == null || file.isEmpty()) {
            throw new ApiProblem.Refused(words.invalid("file", "member.invalid.choose-file"));
        }
        try {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "tai-lieu" : file.getOriginalFilename();
            return Json.text(gateway.upload(path, name, file.getBytes(), variables).body(), "id");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document as the API exported it; refused (a character the PDF font lacks, a format it
     * does not write), the person is sent back to {@code page} where the problem shows.
     */
    ResponseEntity<?> download(HttpServletRequest request, HttpServletResponse response, String page, String path,
                               Object... variables) {
        try {
            Download download = gateway.download(path, variables);
            return Downloads.of(download);
        } catch (ApiProblem.Refused refused) {
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("problem", refused.problem());
            flash.setTargetRequestPath(page);
            RequestContextUtils.saveOutputFlashMap(page, request, response);
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(java.net.URI.create(page + "#export")).build();
        }
    }
}
