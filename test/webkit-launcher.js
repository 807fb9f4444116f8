// A web-test-runner launcher for WebKit, the engine of Safari and of every browser on an
// iPhone: Debian's WebKitGTK MiniBrowser, driven by its WebKitWebDriver over the W3C WebDriver
// HTTP protocol with plain fetch. @web/test-runner-webdriver would pull in webdriverio and its
// driver downloads for this one use; the protocol needs six endpoints.
// MiniBrowser has no headless mode, so without a DISPLAY the launcher starts Xvfb (on a display
// number Xvfb picks itself) and stops it again with the driver.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** WebDriver's code points for the key names web-test-runner's `sendKeys({ press })` takes. */
const KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017',
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts Xvfb on a free display; resolves to `{ display, process }`. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb chooses an unused display and writes its number to fd 3 once ready.
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    xvfb.stderr.on('data', (chunk) => (stderr += chunk));
    xvfb.once('error', (error) => reject(new Error(`Xvfb could not start (apt-get install -y xvfb): ${error.message}`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr.trim()}`)));
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, process: xvfb });
    });
  });
}

class WebKitLauncher {
  name = 'WebKit';
  // 'webdriver': @web/test-runner-commands' sendKeys then calls this.sendKeys().
  type = 'webdriver';
  // One MiniBrowser window; each test file gets it in turn.
  concurrency = 1;

  constructor({ binary = MINIBROWSER, driver = WEBKIT_DRIVER, width = 800, height = 600 } = {}) {
    Object.assign(this, { binary, driver, width, height });
    this.active = new Map();
  }

  async initialize() {
    for (const [what, path, pkg] of [['WebKitWebDriver', this.driver, 'webkit2gtk-driver'], ['MiniBrowser', this.binary, 'webkit2gtk-driver']]) {
      if (!existsSync(path)) throw new Error(`${what} is not at ${path}: apt-get install -y ${pkg} xvfb`);
    }
    let display = process.env.DISPLAY;
    if (!display) {
      this.xvfb = await startXvfb();
      display = this.xvfb.display;
    }
    const port = await freePort();
    this.base = `http://127.0.0.1:${port}`;
    this.driverProcess = spawn(this.driver, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: display },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let driverLog = '';
    this.driverProcess.stderr.on('data', (chunk) => (driverLog = (driverLog + chunk).slice(-2000)));
    for (let tries = 0; ; tries++) {
      try {
        if ((await (await fetch(`${this.base}/status`)).json()).value?.ready) break;
      } catch {
        // not listening yet
      }
      if (tries > 100 || this.driverProcess.exitCode !== null) throw new Error(`WebKitWebDriver did not start: ${driverLog}`);
      await sleep(100);
    }
    const { sessionId } = await this.command('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: this.binary, args: ['--automation'] },
        },
      },
    });
    this.sessionId = sessionId;
    await this.command('POST', `/session/${sessionId}/window/rect`, { width: this.width, height: this.height }).catch(() => {});
  }

  /** One WebDriver command; resolves to its `value`, rejects with the driver's message. */
  async command(method, path, body) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  session(path) {
    return `/session/${this.sessionId}${path}`;
  }

  async startSession(id, url) {
    this.active.set(id, url);
    await this.command('POST', this.session('/url'), { url });
  }

  isActive(id) {
    return this.active.has(id);
  }

  async getBrowserUrl() {
    return this.command('GET', this.session('/url'));
  }

  async stopSession(id) {
    this.active.delete(id);
    // An empty page stops whatever the test page still runs before the next file loads.
    await this.command('POST', this.session('/url'), { url: 'about:blank' }).catch(() => {});
    return {};
  }

  startDebugSession() {
    throw new Error('The WebKit launcher has no debug mode: run MiniBrowser yourself.');
  }

  /** For @web/test-runner-commands' sendKeys: each key pressed and released, in order. */
  async sendKeys(_id, keys) {
    const actions = keys.flatMap((key) => {
      const value = KEYS[key] ?? key;
      return [{ type: 'keyDown', value }, { type: 'keyUp', value }];
    });
    await this.command('POST', this.session('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.command('DELETE', this.session('/actions')).catch(() => {});
  }

  async stop() {
    if (this.sessionId) await this.command('DELETE', this.session('')).catch(() => {});
    this.sessionId = undefined;
    this.driverProcess?.kill();
    this.xvfb?.process.removeAllListeners('exit');
    this.xvfb?.process.kill();
  }
}

export const webkitLauncher = (options) => new WebKitLauncher(options);
