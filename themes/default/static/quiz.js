/* Interactive knowledge checks. Without JavaScript the questions stay readable with the
 * answers in <details>; with it, each option becomes a button that gives feedback, opens
 * the explanation and updates the score. Classic script: works from file://. */
(function () {
  "use strict";
  var questions = document.querySelectorAll(".quiz-question");
  if (!questions.length) { return; }
  var first = questions[0];
  var answered = 0;
  var right = 0;
  var score = document.createElement("p");
  score.className = "quiz-score";
  score.setAttribute("role", "status");
  score.setAttribute("aria-live", "polite");
  var lastList = questions[questions.length - 1].parentNode;
  lastList.parentNode.insertBefore(score, lastList.nextSibling);

  function updateScore() {
    score.textContent = first.getAttribute("data-score").replace("{correct}", right).replace("{total}", questions.length);
  }

  Array.prototype.forEach.call(questions, function (q) {
    var details = q.querySelector(".quiz-answer");
    var feedback = document.createElement("p");
    feedback.className = "quiz-feedback";
    feedback.setAttribute("role", "status");
    feedback.setAttribute("aria-live", "polite");
    var buttons = [];
    Array.prototype.forEach.call(q.querySelectorAll(".quiz-option"), function (option) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "quiz-choice";
      while (option.firstChild) { button.appendChild(option.firstChild); }
      option.appendChild(button);
      buttons.push(button);
      button.addEventListener("click", function () {
        var correct = option.getAttribute("data-correct") === "true";
        buttons.forEach(function (b) {
          b.disabled = true;
          var o = b.parentNode;
          if (o.getAttribute("data-correct") === "true") { o.classList.add("is-correct"); }
        });
        option.classList.add(correct ? "chosen-correct" : "chosen-wrong");
        button.setAttribute("aria-pressed", "true");
        feedback.textContent = q.getAttribute(correct ? "data-right" : "data-wrong");
        if (details) { details.open = true; }
        answered += 1;
        if (correct) { right += 1; }
        updateScore();
      });
    });
    var options = q.querySelector(".quiz-options");
    options.parentNode.insertBefore(feedback, options.nextSibling);
  });
})();
