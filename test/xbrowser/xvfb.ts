// A virtual X display for the headed browsers (headless Firefox has no WebGL here; WebKitGTK's
// MiniBrowser has no headless mode). Xvfb picks a free display number itself (-displayfd), so
// parallel runs and other engineers' displays never clash.
import { type ChildProcess, spawn } from "node:child_process";
import type { Readable } from "node:stream";
import { xvfbPath } from "./binaries.ts";

export interface Xvfb {
  display: string;
  stop(): Promise<void>;
}

export async function startXvfb(): Promise<Xvfb> {
  const proc: ChildProcess = spawn(
    xvfbPath(),
    ["-displayfd", "3", "-screen", "0", "1920x1200x24", "-nolisten", "tcp", "-noreset"],
    { stdio: ["ignore", "ignore", "pipe", "pipe"] },
  );
  // Never outlive the test run, even one that ends without its teardown.
  const kill = () => proc.kill("SIGTERM");
  process.once("exit", kill);
  let stderr = "";
  proc.stderr?.on("data", (d) => {
    stderr += String(d);
  });
  const display = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start within 10 s: ${stderr}`)), 10_000);
    (proc.stdio[3] as Readable).on("data", (d) => {
      out += String(d);
      if (out.includes("\n")) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    proc.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${stderr}`));
    });
  });
  return {
    display,
    stop: () =>
      new Promise<void>((resolve) => {
        process.off("exit", kill);
        if (proc.exitCode !== null) return resolve();
        proc.once("exit", () => resolve());
        proc.kill("SIGTERM");
      }),
  };
}
