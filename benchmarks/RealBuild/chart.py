"""SVG chart of TechLead's analyzer time against rule count and against solution size (no libraries)."""
import math

WIDTH, HEIGHT = 880, 360
PANEL_W, PANEL_H = 340, 240
COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"]


def _points(wholebuild, series_key, x_key):
    """{series: [(x, median, min, max)]} of TechLead analyzer seconds (or ms per file when x is the size)."""
    series = {}
    for size, summary in wholebuild.items():
        for variant, v in summary["variants"].items():
            if not variant.endswith(" rules") or not v["techlead_s"]:
                continue
            rules = int(variant.split()[0])
            t = v["techlead_s"]
            if x_key == "rules":
                key, x, scale = f"{int(size):,} files", rules, 1.0
            else:
                key, x, scale = f"{rules:,} rules", int(size), 1000.0 / summary["files"]
            series.setdefault(key, []).append((x, t["median"] * scale, t["min"] * scale, t["max"] * scale))
    return {k: sorted(v) for k, v in sorted(series.items(), key=lambda kv: int(kv[0].split()[0].replace(",", "")))}


def _panel(ox, title, x_label, y_label, series):
    xs = [p[0] for pts in series.values() for p in pts]
    ys = [p[3] for pts in series.values() for p in pts]
    if not xs:
        return ""
    lx0, lx1 = math.log10(min(xs)) - 0.15, math.log10(max(xs)) + 0.15
    y1 = max(ys) * 1.15 or 1.0
    oy = 50

    def px(x):
        return ox + 50 + (math.log10(x) - lx0) / (lx1 - lx0) * (PANEL_W - 60)

    def py(y):
        return oy + PANEL_H - y / y1 * PANEL_H

    parts = [f'<text x="{ox + 50 + (PANEL_W - 60) / 2}" y="30" text-anchor="middle" font-weight="bold">{title}</text>',
             f'<line x1="{ox + 50}" y1="{oy + PANEL_H}" x2="{ox + PANEL_W - 10}" y2="{oy + PANEL_H}" stroke="black"/>',
             f'<line x1="{ox + 50}" y1="{oy}" x2="{ox + 50}" y2="{oy + PANEL_H}" stroke="black"/>',
             f'<text x="{ox + 50 + (PANEL_W - 60) / 2}" y="{oy + PANEL_H + 38}" text-anchor="middle">{x_label}</text>',
             f'<text x="{ox + 12}" y="{oy + PANEL_H / 2}" text-anchor="middle" transform="rotate(-90 {ox + 12} {oy + PANEL_H / 2})">{y_label}</text>']
    for i in range(5):
        y = y1 * i / 4
        parts.append(f'<line x1="{ox + 46}" y1="{py(y):.1f}" x2="{ox + 50}" y2="{py(y):.1f}" stroke="black"/>'
                     f'<text x="{ox + 44}" y="{py(y) + 4:.1f}" text-anchor="end">{y:.3g}</text>')
    for x in sorted(set(xs)):
        parts.append(f'<line x1="{px(x):.1f}" y1="{oy + PANEL_H}" x2="{px(x):.1f}" y2="{oy + PANEL_H + 4}" stroke="black"/>'
                     f'<text x="{px(x):.1f}" y="{oy + PANEL_H + 18}" text-anchor="middle">{x:,}</text>')
    for n, (name, pts) in enumerate(series.items()):
        color = COLORS[n % len(COLORS)]
        path = " ".join(f"{px(x):.1f},{py(m):.1f}" for x, m, _, _ in pts)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
        for x, m, lo, hi in pts:
            parts.append(f'<line x1="{px(x):.1f}" y1="{py(lo):.1f}" x2="{px(x):.1f}" y2="{py(hi):.1f}" stroke="{color}"/>'
                         f'<circle cx="{px(x):.1f}" cy="{py(m):.1f}" r="3.5" fill="{color}"/>')
        parts.append(f'<rect x="{ox + 60}" y="{oy + 6 + n * 18}" width="12" height="3" fill="{color}"/>'
                     f'<text x="{ox + 78}" y="{oy + 12 + n * 18}">{name}</text>')
    return "\n".join(parts)


def render(wholebuild):
    """Two panels: seconds against rules (one line per size), ms per file against files (one line per rule set)."""
    body = [_panel(0, "TechLead analyzer time vs rules", "rules (log scale)", "seconds (median, min–max)",
                   _points(wholebuild, "size", "rules")),
            _panel(WIDTH // 2, "TechLead analyzer time per file vs size", "files (log scale)", "ms per file (median, min–max)",
                   _points(wholebuild, "rules", "size"))]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" '
            f'font-family="sans-serif" font-size="12">\n<rect width="100%" height="100%" fill="white"/>\n'
            + "\n".join(body) + "\n</svg>\n")
