package vn.lienket.console.todo;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lienket.console.signin.SignedIn;

/** The start page: "Việc cần làm". */
@Controller
class TodoController {

    private final TodoList todos;
    private final SignedIn signedIn;

    TodoController(TodoList todos, SignedIn signedIn) {
        this.todos = todos;
        this.signedIn = signedIn;
    }

    @GetMapping("/")
    String todo(Model model) {
        model.addAttribute("todos", todos.of(signedIn.person()));
        return "todo";
    }
}
