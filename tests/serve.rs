//! `fluentpress serve` through the real binary: a server on a free port of 127.0.0.1 for a
//! project in a temporary folder, spoken to over HTTP as the translate view and an editor
//! plugin would (docs/serve.md); and `status --format html`, the dashboard as a file.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};

use common::Project;
use serde_json::{json, Value};

/// A running `fluentpress serve`, stopped when dropped.
struct Served {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    base: String,
    token: String,
    agent: ureq::Agent,
}

impl Served {
    fn start(project: &Project) -> Served {
        let mut child = Command::new(env!("CARGO_BIN_EXE_fluentpress"))
            .arg("-C")
            .arg(project.root())
            .args(["serve", "--port", "0"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let url = lines
            .by_ref()
            .map(Result::unwrap)
            .find_map(|l| l.split_once(" at ").map(|(_, url)| url.to_string()))
            .expect("serve prints its address");
        // The rest of its output is read so that the server never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        let (base, token) = url.split_once("/?token=").expect("the address has a token");
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .build();
        Served {
            child,
            base: base.to_string(),
            token: token.to_string(),
            agent: config.into(),
        }
    }

    fn get(&self, path: &str, headers: &[(&str, &str)]) -> (u16, String) {
        let mut request = self.agent.get(format!("{}{path}", self.base));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        reply(request.call())
    }

    fn send_with(
        &self,
        method: &str,
        path: &str,
        body: &Value,
        headers: &[(&str, &str)],
    ) -> (u16, String) {
        let url = format!("{}{path}", self.base);
        let mut request = match method {
            "PUT" => self.agent.put(url),
            "POST" => self.agent.post(url),
            other => panic!("no {other} here"),
        };
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        reply(
            request
                .content_type("application/json")
                .send(body.to_string()),
        )
    }

    fn json(&self, path: &str) -> Value {
        let (status, body) = self.get(path, &[]);
        assert_eq!(status, 200, "{path}: {body}");
        serde_json::from_str(&body).unwrap()
    }
}

fn reply(response: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> (u16, String) {
    let mut response = response.expect("the server answers");
    let mut body = String::new();
    response
        .body_mut()
        .as_reader()
        .read_to_string(&mut body)
        .unwrap();
    (response.status().as_u16(), body)
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// minijinja writes `/` as `&#x2f;` in HTML, which browsers read back as `/`.
fn unescape(html: &str) -> String {
    html.replace("&#x2f;", "/")
}

const CONFIG: &str = "source_locale = \"en\"\nlocales = [\"ko\", \"zh-CN\"]\n";

fn small_project() -> Project {
    let p = Project::new(CONFIG);
    p.write(
        "content/stories/river.md",
        "+++\ntitle = \"The River\"\nkind = \"story\"\n+++\n\nWe crossed the river at night.\n\nRead [the report](https://example.org/report) first.\n",
    );
    p.ok(&["extract"]);
    p.ok(&["sync"]);
    p
}

#[test]
fn the_preview_is_served_with_live_reload_and_the_files_stay_script_free() {
    let p = small_project();
    let served = Served::start(&p);
    let (status, page) = served.get("/preview/en/stories/river/", &[]);
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("We crossed the river at night."), "{page}");
    assert!(page.contains("<script src=\"/_fp/preview.js\">"), "{page}");
    assert!(page.contains("script-src 'self'"), "{page}");
    let on_disk = p.read(".fluentpress/preview/en/stories/river/index.html");
    assert!(!on_disk.contains("<script"), "{on_disk}");
    assert!(on_disk.contains("script-src 'none'"), "{on_disk}");
    // The folder ignores itself, and nothing is read from outside the site.
    assert_eq!(p.read(".fluentpress/.gitignore").lines().last(), Some("*"));
    assert_eq!(served.get("/preview/..%2Ffluentpress.toml", &[]).0, 404);
    assert_eq!(served.get("/preview/en/stories/river", &[]).0, 308);
}

#[test]
fn a_foreign_host_or_origin_and_a_write_without_the_token_are_refused() {
    let p = small_project();
    let served = Served::start(&p);
    assert_eq!(served.get("/api/status", &[]).0, 200);
    let foreign = [("origin", "http://evil.example")];
    assert_eq!(served.get("/api/status", &foreign).0, 403);
    let id = "/api/units/ko/stories/river.ftl/x";
    let body = json!({ "translation": "x" });
    assert_eq!(served.send_with("PUT", id, &body, &[]).0, 403);
    let wrong = [("x-fluentpress-token", "0123")];
    assert_eq!(served.send_with("PUT", id, &body, &wrong).0, 403);
    let with_token = [("x-fluentpress-token", served.token.as_str()), foreign[0]];
    assert_eq!(served.send_with("PUT", id, &body, &with_token).0, 403);
}

#[test]
fn the_status_api_is_the_status_report() {
    let p = small_project();
    let served = Served::start(&p);
    let api = served.json("/api/status");
    let cli: Value = serde_json::from_str(&p.ok(&["status", "--format", "json"])).unwrap();
    assert_eq!(api, cli);
    assert_eq!(api["locales"][0]["missing"], 3);
}

#[test]
fn the_dashboard_links_every_file_into_the_translate_view() {
    let p = small_project();
    let served = Served::start(&p);
    let (status, page) = served.get("/", &[("accept-language", "ko-KR,ko;q=0.9")]);
    assert_eq!(status, 200);
    let page = unescape(&page);
    assert!(page.contains("<html lang=\"ko\">"), "{page}");
    assert!(page.contains("번역 현황"), "{page}");
    assert!(
        page.contains("href=\"/translate/zh-CN/stories/river.ftl\""),
        "{page}"
    );
    assert!(
        page.contains("href=\"/preview/ko/stories/river/\""),
        "{page}"
    );
}

#[test]
fn status_writes_the_dashboard_as_one_static_file() {
    let p = small_project();
    let out = Command::new(env!("CARGO_BIN_EXE_fluentpress"))
        .arg("-C")
        .arg(p.root())
        .args(["status", "--format", "html"])
        .env("LANG", "zh_CN.UTF-8")
        .output()
        .unwrap();
    assert!(out.status.success());
    let page = unescape(&String::from_utf8(out.stdout).unwrap());
    assert!(page.starts_with("<!doctype html>"), "{page}");
    assert!(page.contains("翻译进度"), "{page}");
    assert!(page.contains("stories/river.ftl"), "{page}");
    // One file that fetches and runs nothing: a CI artifact opened from disk.
    for outside in ["<script", "<link", "src=", "href="] {
        assert!(!page.contains(outside), "{outside} in {page}");
    }
    assert!(page.contains("class=\"bar\""), "{page}");
}
