package vn.lienket.notification.alert;

import java.util.List;
import java.util.stream.Collectors;

import vn.lienket.contracts.ChangeSentences;
import vn.lienket.contracts.PendingChange;

/** The pending changes of an alert as a list of lines in Vietnamese. */
final class ChangeDescriptions {

    private ChangeDescriptions() {
    }

    static String describe(List<PendingChange> changes) {
        if (changes.isEmpty()) {
            return "- Không có thay đổi nội dung; đề nghị xác nhận căn cứ phiên bản mới.";
        }
        return changes.stream().map(c -> "- " + ChangeSentences.of(c)).collect(Collectors.joining("\n"));
    }
}
