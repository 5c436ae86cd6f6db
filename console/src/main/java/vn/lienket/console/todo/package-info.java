/** "Việc cần làm": what the signed-in person must do next and by when, gathered from the API. */
package vn.lienket.console.todo;
