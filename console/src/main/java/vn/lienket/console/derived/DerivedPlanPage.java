package vn.lienket.console.derived;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.lienket.console.api.ApiResponse;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.signin.SignedIn;

/**
 * Fills the derived plan's page: the plan as the API has it now, who may edit it, and each form's
 * values: the plan's, unless a refused or conflicting write left the person's own in the model.
 */
@Component
class DerivedPlanPage {

    static final String VIEW = "derived/plan";
    private final Gateway gateway;
    private final SignedIn signedIn;

    DerivedPlanPage(Gateway gateway, SignedIn signedIn) {
        this.gateway = gateway;
        this.signedIn = signedIn;
    }

    DerivedPlanView read(String province, String planId) {
        ApiResponse response = gateway.get("/api/provinces/{p}/derived-plans/{id}", province, planId);
        return DerivedPlanReading.read(response.body(), response.etag());
    }

    String render(Model model, String province, String planId) {
        return render(model, read(province, planId));
    }

    String render(Model model, DerivedPlanView plan) {
        model.addAttribute("plan", plan);
        boolean editable = signedIn.person().writesFor(plan.provinceId()) && !plan.readOnly();
        model.addAttribute("editable", editable);
        model.addAttribute("ownProvince", signedIn.person().tenant().equals(plan.provinceId()));
        Map<String, LocalFieldsForm> forms = new LinkedHashMap<>();
        plan.activities().forEach(a -> forms.put(a.code(), LocalFieldsForm.of(a)));
        if (model.getAttribute("editing") instanceof String code && model.getAttribute("edit") instanceof LocalFieldsForm edit) {
            forms.put(code, edit);
        }
        model.addAttribute("forms", forms);
        defaults(model, "choices", Resolutions.NONE.keptFor(plan.pendingChanges().stream()
                .map(DerivedPlanView.PendingChange::changeId).toList()));
        defaults(model, "places", ProblemPlaces.NONE);
        defaults(model, "addForm", LocalActivityForm.EMPTY);
        defaults(model, "progressForm", ProgressForm.EMPTY);
        return VIEW;
    }

    private static void defaults(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
