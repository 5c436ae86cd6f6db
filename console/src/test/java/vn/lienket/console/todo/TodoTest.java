package vn.lienket.console.todo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TodoTest {

    private static Todo todo(String text, LocalDate due, boolean late) {
        return new Todo(Todo.Kind.REVISION, text, due, "/", late);
    }

    @Test
    void theLateComeFirstThenTheNearestDateAndTheUndatedLast() {
        List<Todo> todos = new ArrayList<>(List.of(
                todo("undated", null, false),
                todo("in April", LocalDate.of(2024, 4, 1), false),
                todo("late", LocalDate.of(2024, 2, 1), true),
                todo("in March", LocalDate.of(2024, 3, 15), false)));

        todos.sort(Todo::urgency);

        assertThat(todos).extracting(Todo::text).containsExactly("late", "in March", "in April", "undated");
    }
}
