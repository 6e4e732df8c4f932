//! How a value is cited: a sentence of a document, a row of a publisher's table (read
//! from a public copy of that table), or a rank worked out from a complete table of
//! scores.

/// Where a copy of a publisher's table can be read: a file of a public repository at a
/// commit, so that every value of it can be checked again.
#[derive(Debug, Clone, PartialEq)]
pub struct TableCopy {
    /// `owner/name` on GitHub.
    pub repo: String,
    pub path: String,
    /// The full commit hash (40 hex digits).
    pub commit: String,
}

impl TableCopy {
    /// The address of the file at its commit.
    pub fn url(&self) -> String {
        let path: String = self
            .path
            .split('/')
            .map(|part| part.replace(' ', "%20"))
            .collect::<Vec<_>>()
            .join("/");
        format!(
            "https://github.com/{}/blob/{}/{path}",
            self.repo, self.commit
        )
    }

    /// The commit's first seven digits, as commits are usually quoted.
    pub fn short_commit(&self) -> &str {
        self.commit.get(..7).unwrap_or(&self.commit)
    }
}

/// How a value was read: from a sentence (its `quote`), from a row of a publisher's
/// table (the `quote` is the row), or worked out from a complete table of scores (a
/// rank by the table's order, never a printed one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Citation {
    Quote,
    TableRow,
    DerivedRank,
}
