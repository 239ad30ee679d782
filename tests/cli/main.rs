//! End-to-end tests: the real `primer` binary run on fixture projects.

mod build;
mod cache;
mod check;
mod handouts;
mod harness;
mod invalid;
mod pdf_store;
mod quiz;
mod reader;
mod registry;
mod robustness;
mod sample;
mod serve;
mod slides;
mod snapshots;
mod titles;
mod translator;
#[path = "../common/tree.rs"]
mod tree;
