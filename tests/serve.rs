//! `fluentpress serve` through the real binary: a server on a free port of 127.0.0.1 for a
//! project in a temporary folder, spoken to over HTTP as the translate view and an editor
//! plugin would (docs/serve.md), and the translate view itself in headless Chromium through
//! `tests/browser/serve.mjs` (skipped without Chromium and `npm ci` in `tests/browser/`, except
//! under CI); and `status --format html`, the dashboard as a file.

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

    /// Sends `body` as JSON with the session token.
    fn send(&self, method: &str, path: &str, body: &Value) -> (u16, String) {
        self.send_with(method, path, body, &[("x-fluentpress-token", &self.token)])
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
    assert!(page.contains("<script src=\"/_fp/preview.js\""), "{page}");
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
fn a_changed_source_file_rebuilds_the_preview_and_tells_its_pages() {
    let p = small_project();
    let served = Served::start(&p);
    // A page says which build made it; the events are about later ones.
    let (_, page) = served.get("/preview/en/stories/river/", &[]);
    let generation = page
        .split("data-generation=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page names its build");
    let mut events = served
        .agent
        .get(format!("{}/_fp/events?since={generation}", served.base))
        .call()
        .unwrap();
    let (lines, arrived) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        // The stream ends when the test stops the server.
        for line in BufReader::new(events.body_mut().as_reader()).lines() {
            let Ok(line) = line else { break };
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    p.write(
        "content/stories/river.md",
        "+++\ntitle = \"The River\"\nkind = \"story\"\n+++\n\nWe crossed the cold river at night.\n",
    );
    // Only a hang guard: the event comes after one build.
    let guard = std::time::Duration::from_secs(120);
    while arrived.recv_timeout(guard).expect("a reload event") != "event: reload" {}
    let (_, page) = served.get("/preview/en/stories/river/", &[]);
    assert!(
        page.contains("We crossed the cold river at night."),
        "{page}"
    );
}

#[test]
fn a_port_in_use_is_named_with_what_to_do() {
    let p = small_project();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let error = p.fails(&["serve", "--port", &port]);
    assert!(error.contains(&format!("127.0.0.1:{port}")), "{error}");
    assert!(error.contains("--port 0"), "{error}");
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

/// The IDs of the source file `path`, in order, with their English.
fn source_ids(p: &Project, path: &str) -> Vec<(String, String)> {
    p.read(&format!("locales/en/{path}"))
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .map(|(id, text)| (id.to_string(), text.to_string()))
        .collect()
}

const RIVER_OLD: &str = "We crossed the river at night.";
const RIVER_NEW: &str = "We crossed the wide river at night.";
const REPORT: &str = "Read [the report](https://example.org/report) first.";
const REPORT_KO: &str = "[보고서](https://example.org/report)를 먼저 읽으세요.";

/// Two stories whose Korean is partly done: in `river`, the title is translated, the first
/// paragraph is stale (its English changed since) and the second missing; `sea` has a
/// translation of the very paragraph that `river` lacks.
fn korean_project() -> (Project, Vec<String>) {
    let p = Project::new("locales = [\"ko\"]\n");
    let story = |title: &str, paragraphs: &[&str]| {
        format!(
            "+++\ntitle = \"{title}\"\nkind = \"story\"\n+++\n\n{}\n",
            paragraphs.join("\n\n")
        )
    };
    p.write(
        "content/stories/river.md",
        story("The River", &[RIVER_OLD, REPORT]),
    );
    p.write("content/stories/sea.md", story("The Sea", &[REPORT]));
    p.ok(&["extract"]);
    let river: Vec<String> = source_ids(&p, "stories/river.ftl")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let sea = source_ids(&p, "stories/sea.ftl");
    p.write(
        "locales/ko/stories/river.ftl",
        format!(
            "{} = 강\n\n{} = 우리는 밤에 강을 건넜다.\n",
            river[0], river[1]
        ),
    );
    p.write(
        "locales/ko/stories/sea.ftl",
        format!("{} = {REPORT_KO}\n", sea[1].0),
    );
    p.ok(&["sync"]);
    p.write(
        "content/stories/river.md",
        story("The River", &[RIVER_NEW, REPORT]),
    );
    p.ok(&["extract"]);
    (p, river)
}

const RIVER_UNITS: &str = "/api/units/ko/stories/river.ftl";

#[test]
fn units_come_in_source_order_with_state_diff_and_suggestions() {
    let (p, ids) = korean_project();
    let served = Served::start(&p);
    let view = served.json(RIVER_UNITS);
    assert_eq!(
        (view["locale"].as_str(), view["path"].as_str()),
        (Some("ko"), Some("stories/river.ftl"))
    );
    let units = view["units"].as_array().unwrap();
    let listed: Vec<(&str, &str)> = units
        .iter()
        .map(|u| (u["id"].as_str().unwrap(), u["state"].as_str().unwrap()))
        .collect();
    assert_eq!(
        listed,
        [
            (ids[0].as_str(), "translated"),
            (ids[1].as_str(), "stale"),
            (ids[2].as_str(), "missing")
        ]
    );
    let stale = &units[1];
    assert_eq!(stale["source"], RIVER_NEW);
    assert_eq!(stale["translation"], "우리는 밤에 강을 건넜다.");
    assert_eq!(stale["previous_source"], RIVER_OLD);
    let inserted: Vec<&str> = stale["diff"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["change"] == "insert")
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(inserted, ["wide "]);
    let missing = &units[2];
    assert_eq!(missing["translation"], Value::Null);
    assert_eq!(missing["shown"], "Read the report first.");
    let suggestion = &missing["suggestions"][0];
    assert_eq!(
        (
            &suggestion["translation"],
            &suggestion["similarity"],
            &suggestion["path"]
        ),
        (&json!(REPORT_KO), &json!(1.0), &json!("stories/sea.ftl"))
    );
    for unknown in [
        "/api/units/en/stories/river.ftl",
        "/api/units/ko/stories/nope.ftl",
        "/api/units/ko/..%2F..%2Ffluentpress.toml",
    ] {
        assert_eq!(served.get(unknown, &[]).0, 404, "{unknown}");
    }
}

#[test]
fn a_save_writes_one_message_and_refuses_what_is_not_fluent_or_changed_meanwhile() {
    let (p, ids) = korean_project();
    let served = Served::start(&p);
    let file = "locales/ko/stories/river.ftl";
    let before = p.read(file);
    let at = |id: &str| format!("{RIVER_UNITS}/{id}");

    // Not Fluent: 422 with the parser's diagnostics, nothing written.
    let (status, body) = served.send("PUT", &at(&ids[2]), &json!({ "translation": "{ broken" }));
    assert_eq!(status, 422, "{body}");
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["diagnostics"][0]["code"], "FP001");
    assert_eq!(body["diagnostics"][0]["id"], ids[2].as_str());
    assert_eq!(p.read(file), before);

    // Someone else changed the title since this view read it: 409, nothing written.
    let stale_view = json!({ "translation": "큰 강", "expected": "0000000000000000" });
    assert_eq!(served.send("PUT", &at(&ids[0]), &stale_view).0, 409);
    assert_eq!(p.read(file), before);

    // The check as the translator types: a dropped link is an error, nothing is written.
    let (status, body) = served.send(
        "POST",
        "/api/check/ko/stories/river.ftl",
        &json!({ "id": ids[2], "translation": "보고서를 먼저 읽으세요." }),
    );
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"FP101\""), "{body}");
    assert_eq!(p.read(file), before);

    let (status, body) = served.send(
        "PUT",
        &at(&ids[2]),
        &json!({ "translation": REPORT_KO, "expected": null }),
    );
    assert_eq!(status, 200, "{body}");
    let unit: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        (&unit["state"], &unit["diagnostics"]),
        (&json!("translated"), &json!([]))
    );
    let after = p.read(file);
    assert!(
        after.contains(&format!("\n{} = {REPORT_KO}\n", ids[2])),
        "{after}"
    );
    let other_lines = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| !l.contains(ids[2].as_str()))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(other_lines(&after), other_lines(&before));
    assert_eq!(served.json(RIVER_UNITS)["units"][2]["state"], "translated");

    // The English changed while the translator worked: the translation is of the old English.
    let title = served.json(RIVER_UNITS)["units"][0].clone();
    p.write(
        "content/stories/river.md",
        p.read("content/stories/river.md")
            .replace("The River", "The Wide River"),
    );
    p.ok(&["extract"]);
    let (status, body) = served.send(
        "PUT",
        &at(&ids[0]),
        &json!({
            "translation": "큰 강",
            "expected": title["fingerprint"],
            "made_from": title["source_fingerprint"],
        }),
    );
    assert_eq!(status, 200, "{body}");
    let unit: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        (&unit["state"], &unit["translation"]),
        (&json!("stale"), &json!("큰 강"))
    );
}

#[test]
fn a_candidate_is_checked_as_its_page_resolves_it() {
    let (p, ids) = korean_project();
    p.write("locales/ko/terms.ftl", "-brand = 크로싱\n");
    let served = Served::start(&p);
    let check = |translation: &str| -> Vec<String> {
        let (status, body) = served.send(
            "POST",
            "/api/check/ko/stories/river.ftl",
            &json!({ "id": ids[0], "translation": translation }),
        );
        assert_eq!(status, 200, "{body}");
        let body: Value = serde_json::from_str(&body).unwrap();
        body["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_string())
            .collect()
    };
    // A document's page has only its own messages: a term of another file is not there.
    assert!(check("{ -brand } 강").contains(&"FP003".to_string()));
    assert!(!check("강").contains(&"FP003".to_string()));
    assert_eq!(check("{ broken")[0], "FP001");
}

#[test]
fn concurrent_saves_and_a_concurrent_sync_lose_nothing() {
    let p = Project::new("locales = [\"ko\"]\n");
    let paragraphs: Vec<String> = (1..=12)
        .map(|n| format!("This is paragraph {n} of a long story."))
        .collect();
    p.write(
        "content/long.md",
        format!(
            "+++\ntitle = \"Long\"\n+++\n\n{}\n",
            paragraphs.join("\n\n")
        ),
    );
    p.ok(&["extract"]);
    p.ok(&["sync"]);
    let ids = source_ids(&p, "long.ftl");
    let served = Served::start(&p);
    std::thread::scope(|scope| {
        for (n, (id, _)) in ids.iter().enumerate() {
            let served = &served;
            scope.spawn(move || {
                let body = json!({ "translation": format!("긴 이야기의 {n}번째 문단."), "expected": null });
                let (status, reply) = served.send("PUT", &format!("/api/units/ko/long.ftl/{id}"), &body);
                assert_eq!(status, 200, "{id}: {reply}");
            });
        }
        for _ in 0..3 {
            scope.spawn(|| p.ok(&["sync"]));
        }
    });
    let file = p.read("locales/ko/long.ftl");
    for (n, (id, _)) in ids.iter().enumerate() {
        assert!(
            file.contains(&format!("{id} = 긴 이야기의 {n}번째 문단.")),
            "{id} in {file}"
        );
    }
    let status: Value = serde_json::from_str(&p.ok(&["status", "--format", "json"])).unwrap();
    assert_eq!(status["locales"][0]["translated"], ids.len());
}

#[test]
fn a_translator_works_in_the_translate_view_in_chromium() {
    let Some(chromium) = common::chromium() else {
        return;
    };
    let (p, ids) = korean_project();
    let file = "locales/ko/stories/river.ftl";
    let before = p.read(file);
    let served = Served::start(&p);
    let screenshot = common::repository().join("target/screenshots/serve.png");
    std::fs::create_dir_all(screenshot.parent().unwrap()).unwrap();
    let address = format!("{}/?token={}", served.base, served.token);
    common::run_browser_script(
        &chromium,
        "serve.mjs",
        &[
            address.as_ref(),
            ids[1].as_ref(),
            ids[2].as_ref(),
            screenshot.as_os_str(),
        ],
    );
    assert!(screenshot.is_file());

    // The file changed in those two messages and nowhere else.
    let after = p.read(file);
    assert!(
        after.contains(&format!("{} = 우리는 밤에 넓은 강을 건넜다.\n", ids[1])),
        "{after}"
    );
    assert!(
        after.contains(&format!("{} = {REPORT_KO}\n", ids[2])),
        "{after}"
    );
    let others = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| !l.contains(ids[1].as_str()) && !l.contains(ids[2].as_str()))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(others(&after), others(&before));
    let units = served.json(RIVER_UNITS);
    let states: Vec<&str> = units["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["translated"; 3]);
}
