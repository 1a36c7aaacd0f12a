"""The fault suite prints its own totals: every test here is one case, held when it passes."""


def pytest_terminal_summary(terminalreporter):
    reports = [
        report
        for outcome in ("passed", "failed", "error")
        for report in terminalreporter.stats.get(outcome, [])
        if getattr(report, "when", "call") == "call" and "tests/faults/" in report.nodeid
    ]
    if reports:
        held = sum(1 for report in reports if report.passed)
        terminalreporter.write_line(f"fault suite: {len(reports)} cases tried, {held} held")
