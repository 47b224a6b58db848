//! The real server binary, started as an operator starts it, and a plain HTTP/1.1 client over
//! TCP: for what only a process shows (signals, kill -9, timeouts, the start-up checks).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running server in its own folder (database, uploads, log).
pub struct Portal {
    /// The process.
    pub child: Child,
    /// Its port on 127.0.0.1.
    pub port: u16,
    /// Its folder.
    pub dir: PathBuf,
}

/// A port nothing listens on now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free port")
}

impl Portal {
    /// Starts the server over the folder `dir` (made when missing) with these extra settings,
    /// and waits until `/healthz` answers. `None` if the process ended first.
    pub fn start(dir: &Path, settings: &[(&str, &str)]) -> Option<Portal> {
        std::fs::create_dir_all(dir).expect("the portal's folder");
        let port = free_port();
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.join("server.log"))
            .expect("the log");
        let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
        command
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env(
                "DATABASE_URL",
                format!("sqlite://{}/portal.db", dir.display()),
            )
            .env("DIST_DIR", super::fake_dist())
            .env("UPLOAD_DIR", dir.join("uploads"))
            .env("SECRET_KEY", super::TEST_SECRET_KEY)
            .env("BIND_ADDR", format!("127.0.0.1:{port}"))
            .env("OTP_PER_IP_PER_HOUR", "100000")
            .env("SMS_LOG_CODES", "true")
            .env("RUST_LOG", "warn,sms=info")
            .stdout(log.try_clone().expect("the log"))
            .stderr(log)
            .stdin(Stdio::null());
        for (name, value) in settings {
            command.env(name, value);
        }
        let mut child = command.spawn().expect("the server starts");
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                let _ = child.wait();
                return None;
            }
            if get(port, "/healthz").is_some_and(|(status, _)| status == 200) {
                return Some(Portal {
                    child,
                    port,
                    dir: dir.to_path_buf(),
                });
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("the server did not answer within 30 s");
    }

    /// The server's log so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("server.log")).unwrap_or_default()
    }

    /// Sends a signal (`TERM`, `KILL`) to the process.
    pub fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.child.id().to_string())
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// Waits at most `limit` for the process to end; its exit code, or `None` if it is still
    /// running (then it is killed).
    pub fn wait_for_exit(&mut self, limit: Duration) -> Option<i32> {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status.code().unwrap_or(-1));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        None
    }
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An answer: status, headers (as text) and body.
pub struct Answer {
    /// The status code.
    pub status: u16,
    /// The header lines.
    pub headers: String,
    /// The body as text.
    pub body: String,
}

impl Answer {
    /// The session cookie this answer set, if it set one.
    pub fn cookie(&self) -> Option<String> {
        self.headers
            .lines()
            .find(|line| line.to_ascii_lowercase().starts_with("set-cookie:"))
            .and_then(|line| line.split_once(':'))
            .map(|(_, value)| value.trim().split(';').next().unwrap_or("").to_string())
    }

    /// The body as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or(serde_json::Value::String(self.body.clone()))
    }
}

/// Sends one request (the connection closes after it) and reads the whole answer; `None` when
/// the connection failed or closed without an answer.
pub fn request(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, String)],
    body: &[u8],
) -> Option<Answer> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .ok()?;
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: http://127.0.0.1:{port}\r\n\
         Connection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).ok()?;
    stream.write_all(body).ok()?;
    read_answer(&mut stream)
}

/// Reads an answer to its end.
pub fn read_answer(stream: &mut TcpStream) -> Option<Answer> {
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).ok()?;
    let text = String::from_utf8_lossy(&bytes).to_string();
    let (head, body) = text.split_once("\r\n\r\n")?;
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        unchunk(body)
    } else {
        body.to_string()
    };
    Some(Answer {
        status,
        headers: head.to_string(),
        body,
    })
}

fn unchunk(mut rest: &str) -> String {
    let mut body = String::new();
    while let Some((size, after)) = rest.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if size == 0 || after.len() < size {
            break;
        }
        body.push_str(&after[..size]);
        rest = after[size..].trim_start_matches("\r\n");
    }
    body
}

/// `GET path`: status and body.
pub fn get(port: u16, path: &str) -> Option<(u16, String)> {
    request(port, "GET", path, &[], b"").map(|answer| (answer.status, answer.body))
}

/// A form POST with an optional session cookie.
pub fn form(port: u16, path: &str, cookie: Option<&str>, body: &str) -> Option<Answer> {
    let mut headers = vec![(
        "Content-Type",
        "application/x-www-form-urlencoded".to_string(),
    )];
    if let Some(cookie) = cookie {
        headers.push(("Cookie", cookie.to_string()));
    }
    request(port, "POST", path, &headers, body.as_bytes())
}
