package dev.keyless.report;

/** The page's style sheet (text and attributes are escaped by {@link Markup}). */
final class Html {

    private Html() {}

    static final String STYLE = """
            :root { --fail:#b3261e; --pass:#1f7a4d; --waive:#8a5a00; --warn:#6d5e00; --skip:#5c6470; --line:#d8dde5; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1d2733; background: #fff; }
            header.run { padding: 18px 28px 12px; border-bottom: 1px solid var(--line); background: #f6f8fb; }
            header.run.blocked { border-top: 6px solid var(--fail); }
            header.run.compliant { border-top: 6px solid var(--pass); }
            h1 { margin: 0 0 8px; font-size: 22px; }
            h1 .verdict { margin-left: 10px; font-size: 15px; padding: 2px 10px; border-radius: 12px; color: #fff; vertical-align: middle; }
            .blocked h1 .verdict { background: var(--fail); } .compliant h1 .verdict { background: var(--pass); }
            dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
            dl.meta dt { font-weight: 600; color: #445; } dl.meta dd { margin: 0; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; }
            nav a { margin-right: 14px; }
            main { padding: 8px 28px 40px; }
            section { margin-top: 26px; }
            h2 { font-size: 18px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
            th { background: #f0f3f7; font-weight: 600; }
            tr.feature th { background: #e6ebf2; font-size: 14px; padding-top: 8px; }
            #scenarios td:nth-child(2) { width: 38%; }
            td ul { margin: 0; padding-left: 18px; }
            .badge { display: inline-block; min-width: 92px; text-align: center; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; }
            .b-passed { background: var(--pass); } .b-failed, .b-blocking, .b-invalid { background: var(--fail); }
            .b-waived { background: var(--waive); } .b-not-blocking, .b-non-blocking, .b-unused { background: var(--warn); }
            .b-skipped { background: var(--skip); } .b-valid { background: var(--pass); }
            tr.failed td { background: #fdf1f0; } tr.waived td { background: #fff8e8; }
            .graph { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; padding: 8px; background: #fff; }
            .graph svg { display: block; width: 100%; height: auto; }
            .legend span { margin-right: 16px; } .legend i { display: inline-block; width: 26px; height: 0; border-top: 2px solid; vertical-align: middle; margin-right: 4px; }
            iframe.cucumber { width: 100%; height: 900px; border: 1px solid var(--line); border-radius: 6px; }
            code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
            .reasons li { white-space: pre-wrap; }
            p.note { color: #445; max-width: 980px; }
            """;
}
