/* Interactive knowledge checks. Without JavaScript the questions stay readable with the
 * answers in <details>; with it, each option of a one-answer question becomes a button
 * that gives feedback, opens the explanation and updates the score. A question with
 * several right answers (data-multiple) keeps its checkboxes and gets a "Check answer"
 * button: it is right only when exactly the right options are ticked.
 * Classic script: works from file://. */
(function () {
  "use strict";
  var questions = document.querySelectorAll(".quiz-question");
  if (!questions.length) { return; }
  var first = questions[0];
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

  function isCorrect(option) { return option.getAttribute("data-correct") === "true"; }

  /* Shows the outcome of an answered question and counts it. */
  function answer(q, feedback, correct) {
    var details = q.querySelector(".quiz-answer");
    Array.prototype.forEach.call(q.querySelectorAll(".quiz-option"), function (o) {
      if (isCorrect(o)) { o.classList.add("is-correct"); }
    });
    feedback.textContent = q.getAttribute(correct ? "data-right" : "data-wrong");
    if (details) { details.open = true; }
    if (correct) { right += 1; }
    updateScore();
  }

  function oneAnswer(q, feedback) {
    var buttons = [];
    Array.prototype.forEach.call(q.querySelectorAll(".quiz-option"), function (option) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "quiz-choice";
      while (option.firstChild) { button.appendChild(option.firstChild); }
      option.appendChild(button);
      buttons.push(button);
      button.addEventListener("click", function () {
        var correct = isCorrect(option);
        buttons.forEach(function (b) { b.disabled = true; });
        option.classList.add(correct ? "chosen-correct" : "chosen-wrong");
        button.setAttribute("aria-pressed", "true");
        answer(q, feedback, correct);
      });
    });
  }

  function allThatApply(q, feedback) {
    var options = Array.prototype.slice.call(q.querySelectorAll(".quiz-option"));
    var boxes = options.map(function (o) { return o.querySelector("input.quiz-check"); });
    var check = document.createElement("button");
    check.type = "button";
    check.className = "quiz-check-answer";
    check.textContent = q.getAttribute("data-check");
    var list = q.querySelector(".quiz-options");
    list.parentNode.insertBefore(check, list.nextSibling);
    check.addEventListener("click", function () {
      var chosen = boxes.filter(function (b) { return b && b.checked; });
      if (!chosen.length) { return; }
      var correct = options.every(function (o, k) {
        return Boolean(boxes[k] && boxes[k].checked) === isCorrect(o);
      });
      options.forEach(function (o, k) {
        if (boxes[k]) {
          boxes[k].disabled = true;
          if (boxes[k].checked) { o.classList.add(isCorrect(o) ? "chosen-correct" : "chosen-wrong"); }
        }
      });
      check.disabled = true;
      answer(q, feedback, correct);
    });
  }

  Array.prototype.forEach.call(questions, function (q) {
    var feedback = document.createElement("p");
    feedback.className = "quiz-feedback";
    feedback.setAttribute("role", "status");
    feedback.setAttribute("aria-live", "polite");
    if (q.getAttribute("data-multiple") === "true") {
      allThatApply(q, feedback);
    } else {
      oneAnswer(q, feedback);
    }
    var after = q.querySelector(".quiz-check-answer") || q.querySelector(".quiz-options");
    after.parentNode.insertBefore(feedback, after.nextSibling);
  });
})();
