//! Knowledge checks in the source (docs/formats.md §3): finding the questions of each
//! `{.quiz}` section in an event stream and checking their shape. Validation (`check::quizzes`)
//! and rendering (`render::quiz`) both find quizzes here.

use crate::content::markdown::{is_inline_end, is_inline_tag};
use crate::diagnostics::Diagnostic;
use crate::source::SourceFile;
use pulldown_cmark::{Event, Tag};
use std::ops::Range;

/// One question, as index ranges into the event list.
#[derive(Debug, Clone)]
pub struct Question {
    /// The whole item, `Start(Item)` to `End(Item)` inclusive.
    pub item: Range<usize>,
    /// The question's own content.
    pub prompt: Range<usize>,
    /// Each option: whether it is correct, and its content (without the task marker).
    pub options: Vec<(bool, Range<usize>)>,
    /// Whether the options list was a task list.
    pub task_list: bool,
    /// Content after the options.
    pub explanation: Range<usize>,
}

/// A quiz: the ordered lists between a `{.quiz}` heading and the next heading of the same
/// or a higher level.
#[derive(Debug, Clone)]
pub struct Quiz {
    /// Index of the quiz heading's `Start` event.
    pub heading: usize,
    /// Its questions.
    pub questions: Vec<Question>,
}

/// Finds quizzes in `events`.
pub fn find(events: &[Event]) -> Vec<Quiz> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { level, classes, .. }) = &events[i]
            && classes.iter().any(|c| c.as_ref() == "quiz")
        {
            let level = *level;
            let mut quiz = Quiz {
                heading: i,
                questions: Vec::new(),
            };
            let mut j = i + 1;
            let mut depth = 0usize;
            while j < events.len() {
                match &events[j] {
                    Event::Start(Tag::Heading { level: l, .. }) if *l <= level && depth == 0 => {
                        break;
                    }
                    Event::Start(Tag::List(Some(_))) if depth == 0 => {
                        let end = matching_end(events, j);
                        quiz.questions.extend(questions(events, j + 1..end));
                        j = end;
                    }
                    Event::Start(t) if !is_inline_tag(t) => depth += 1,
                    Event::End(t) if !is_inline_end(t) => depth = depth.saturating_sub(1),
                    _ => {}
                }
                j += 1;
            }
            out.push(quiz);
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// The questions of the ordered list whose items lie in `range` of `events`.
pub fn questions(events: &[Event], range: Range<usize>) -> Vec<Question> {
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if matches!(events[i], Event::Start(Tag::Item)) {
            let end = matching_end(events, i);
            out.push(question(events, i..end + 1));
            i = end + 1;
        } else {
            i += 1;
        }
    }
    out
}

fn question(events: &[Event], item: Range<usize>) -> Question {
    let inner = item.start + 1..item.end - 1;
    let list = (inner.clone()).find(|&k| matches!(events[k], Event::Start(Tag::List(_))));
    let Some(list_start) = list else {
        return Question {
            item,
            prompt: inner.clone(),
            options: Vec::new(),
            task_list: false,
            explanation: inner.end..inner.end,
        };
    };
    let list_end = matching_end(events, list_start);
    let mut options = Vec::new();
    let mut task_list = true;
    let mut k = list_start + 1;
    while k < list_end {
        if matches!(events[k], Event::Start(Tag::Item)) {
            let end = matching_end(events, k);
            match events.get(k + 1) {
                Some(Event::TaskListMarker(correct)) => options.push((*correct, k + 2..end)),
                _ => {
                    task_list = false;
                    options.push((false, k + 1..end));
                }
            }
            k = end + 1;
        } else {
            k += 1;
        }
    }
    Question {
        item,
        prompt: inner.start..list_start,
        options,
        task_list,
        explanation: list_end + 1..inner.end,
    }
}

/// The index of the `End` matching the `Start` at `start`.
fn matching_end(events: &[Event], start: usize) -> usize {
    let mut depth = 0usize;
    for (k, e) in events.iter().enumerate().skip(start) {
        match e {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    events.len().saturating_sub(1)
}

/// Checks the quizzes of a source body: every question has a task list of options with at
/// least one correct answer. `offsets[k]` is the file offset of `events[k]`.
pub fn check(events: &[Event], offsets: &[usize], file: &SourceFile) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for quiz in find(events) {
        if quiz.questions.is_empty() {
            out.push(Diagnostic::error(
                "bad-quiz",
                file,
                offsets[quiz.heading],
                "a `{.quiz}` section needs an ordered list of questions",
            ));
        }
        for q in &quiz.questions {
            let at = offsets[q.item.start];
            if q.options.is_empty() {
                out.push(
                    Diagnostic::error("bad-quiz", file, at, "quiz question has no options")
                        .hint("add a nested task list: `- [x] right` and `- [ ] wrong`"),
                );
            } else if !q.task_list {
                out.push(Diagnostic::error(
                    "bad-quiz",
                    file,
                    at,
                    "quiz options must be task-list items (`- [ ]` or `- [x]`)",
                ));
            } else if !q.options.iter().any(|(c, _)| *c) {
                out.push(Diagnostic::error(
                    "bad-quiz",
                    file,
                    at,
                    "quiz question has no correct option (`- [x]`)",
                ));
            }
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use pulldown_cmark::Parser;

    /// A knowledge check with one full question and one without options.
    pub(crate) const QUIZ: &str = "## Check {.quiz}\n\n1. What is the limit?\n\n   - [ ] 600 ppm\n   - [x] 100 ppm\n\n   Since 2011.\n\n2. No options?\n\n## Next\n";

    /// The events of `md` and the offset where each starts.
    pub(crate) fn parse(md: &str) -> (Vec<Event<'_>>, Vec<usize>) {
        Parser::new_ext(md, crate::content::markdown::options())
            .into_offset_iter()
            .map(|(e, r)| (e, r.start))
            .unzip()
    }

    #[test]
    fn questions_options_and_explanations_are_found() {
        let (events, _) = parse(QUIZ);
        let quizzes = find(&events);
        assert_eq!(quizzes.len(), 1);
        let q = &quizzes[0].questions[0];
        assert_eq!(
            q.options.iter().map(|o| o.0).collect::<Vec<_>>(),
            [false, true]
        );
        assert!(
            events[q.explanation.clone()]
                .iter()
                .any(|e| matches!(e, Event::Text(t) if t.as_ref() == "Since 2011."))
        );
    }

    #[test]
    fn a_question_without_options_is_an_error_at_its_line() {
        let (events, offsets) = parse(QUIZ);
        let file = SourceFile::new("m.md", QUIZ);
        let problems = check(&events, &offsets, &file);
        assert_eq!(problems.len(), 1);
        assert_eq!(
            (problems[0].line, problems[0].message.as_str()),
            (10, "quiz question has no options")
        );
    }
}
