package vn.lienket.console.plans;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import vn.lienket.console.ConsoleProperties;
import vn.lienket.console.api.ApiResponse;
import vn.lienket.console.api.Authorities;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.web.Formats;

/**
 * The compliance board: the page, its live grid (one API call, 304 while it has not changed), a
 * member's history, and the board as CSV or XLSX.
 */
@Controller
class BoardController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final Gateway gateway;
    private final Authorities authorities;
    private final Formats formats;
    private final ConsoleProperties properties;

    BoardController(Gateway gateway, Authorities authorities, Formats formats, ConsoleProperties properties) {
        this.gateway = gateway;
        this.authorities = authorities;
        this.formats = formats;
        this.properties = properties;
    }

    @GetMapping("/plans/{planId}/board")
    String board(@PathVariable String planId, Model model) {
        show(board(gateway.get("/api/master-plans/{id}/compliance", planId)), model);
        model.addAttribute("refreshSeconds", Math.max(1, properties.boardRefresh().toSeconds()));
        return "plans/board";
    }

    /** The live part of the board, for {@code console.js} to poll with If-None-Match. */
    @GetMapping("/plans/{planId}/board/grid")
    String grid(@PathVariable String planId, WebRequest request, Model model) {
        ApiResponse compliance = gateway.get("/api/master-plans/{id}/compliance", planId);
        // the board read today: "late" turns with the date even when no row changed
        String etag = DigestUtils.md5DigestAsHex((compliance.body().toString() + Formats.today())
                .getBytes(StandardCharsets.UTF_8));
        if (request.checkNotModified("\"" + etag + "\"")) {
            return null;
        }
        show(board(compliance), model);
        return "plans/board :: grid";
    }

    @GetMapping("/plans/{planId}/board/members/{memberId}")
    String member(@PathVariable String planId, @PathVariable String memberId, Model model) {
        Board board = board(gateway.get("/api/master-plans/{id}/compliance", planId));
        model.addAttribute("board", board);
        model.addAttribute("member", board.member(memberId));
        model.addAttribute("memberId", memberId);
        model.addAttribute("memberName", authorities.name(memberId));
        model.addAttribute("history", MemberHistory.of(memberId, Trail.all(gateway, "/api/master-plans/{id}/compliance/audit", planId)));
        return "plans/member";
    }

    @GetMapping("/plans/{planId}/board.csv")
    ResponseEntity<byte[]> csv(@PathVariable String planId) {
        Board board = board(gateway.get("/api/master-plans/{id}/compliance", planId));
        return file(Csv.write(BoardExport.HEADERS, BoardExport.rows(board, formats)),
                new MediaType("text", "csv", StandardCharsets.UTF_8), BoardExport.fileName(planId, "csv"));
    }

    @GetMapping("/plans/{planId}/board.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String planId) {
        Board board = board(gateway.get("/api/master-plans/{id}/compliance", planId));
        return file(Xlsx.write("Tuân thủ " + board.planNumber().replace('/', '-'), BoardExport.HEADERS,
                BoardExport.rows(board, formats)), XLSX, BoardExport.fileName(planId, "xlsx"));
    }

    private Board board(ApiResponse compliance) {
        return Board.of(compliance.body(), authorities::name, Formats.today());
    }

    private static void show(Board board, Model model) {
        model.addAttribute("board", board);
        model.addAttribute("late", board.late());
        model.addAttribute("overdue", board.overdue());
        model.addAttribute("nextDue", board.nextDue(Formats.today()));
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .body(content);
    }
}
