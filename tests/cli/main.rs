//! End-to-end tests: the real `primer` binary run on fixture projects.

mod build;
mod handouts;
mod harness;
mod invalid;
mod quiz;
mod reader;
mod robustness;
mod serve;
mod translator;
