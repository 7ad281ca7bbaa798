//! `drill list` and `drill lists`: the catalog and the company lists.

use crate::catalog::Catalog;
use crate::render;
use anyhow::Result;
use serde::Serialize;
use std::process::ExitCode;

/// One row of `drill list --json` (a documented contract).
#[derive(Serialize)]
struct Row {
    id: String,
    title_zh: String,
    title_en: String,
    difficulty: String,
    /// Aliases of the company lists the problem is on.
    companies: Vec<String>,
}

pub fn list(company: Option<&str>, json: bool) -> Result<ExitCode> {
    let catalog = Catalog::embedded();
    let lists = catalog.lists()?;
    let ids = match company {
        Some(name) => catalog.list(name)?.problems.into_iter().map(|e| e.id).collect(),
        None => catalog.ids(),
    };
    let mut rows = Vec::new();
    for id in ids {
        let p = catalog.problem(&id)?;
        let companies = lists
            .iter()
            .filter(|l| l.problems.iter().any(|e| e.id == id))
            .map(|l| l.alias.clone())
            .collect();
        rows.push(Row {
            id,
            title_zh: p.title.zh,
            title_en: p.title.en,
            difficulty: p.difficulty,
            companies,
        });
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&rows)?);
    } else {
        let table: Vec<Vec<String>> = rows
            .into_iter()
            .map(|r| vec![r.id, r.difficulty, r.title_zh, r.title_en, r.companies.join(" ")])
            .collect();
        render::table(&["id", "difficulty", "题目", "title", "lists"], &table);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn lists(json: bool) -> Result<ExitCode> {
    let lists = Catalog::embedded().lists()?;
    if json {
        println!("{}", serde_json::to_string_pretty(&lists)?);
    } else {
        let table: Vec<Vec<String>> = lists
            .into_iter()
            .map(|l| vec![l.alias, l.name, l.problems.len().to_string(), l.source])
            .collect();
        render::table(&["alias", "公司题单", "problems", "source"], &table);
    }
    Ok(ExitCode::SUCCESS)
}
