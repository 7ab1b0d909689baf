"""Markdown tables of run_all.py's results: what docs/performance.md quotes."""
import statistics


def _fmt(spread, digits=2, unit=""):
    if not spread:
        return "–"
    m, lo, hi = spread["median"], spread["min"], spread["max"]
    if spread["n"] == 1 or lo == hi:
        return f"{m:.{digits}f}{unit}"
    return f"{m:.{digits}f}{unit} ({lo:.{digits}f}–{hi:.{digits}f})"


def _spread(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def _per_round(summary, variant, key):
    return {b["round"]: b[key] for b in summary["builds"] if b["variant"] == variant}


def _verdict(spread, limit, lower=None):
    if not spread:
        return "not measured"
    m = spread["median"]
    ok = m <= limit if lower is None else lower <= m <= limit
    return "**met**" if ok else "**not met**"


def targets(results):
    """(what, measured spread, goal text, verdict) for every target the issue names, compiler server on and off."""
    rows = []
    for suffix, mode in (("", ""), ("-cold", "server off: ")):
        rows += [(mode + what, spread, goal, verdict) for what, spread, goal, verdict in _targets(results, suffix)]
    if "fitness" in results and results["fitness"]["ratio"]:
        r = results["fitness"]["ratio"]
        s = {"median": r, "min": r, "max": r, "n": 1}
        rows.append(("fitness (ArchUnitNET engine) / hand-written ArchUnitNET, mean", s, "≤ 1.1", _verdict(s, 1.1)))
    if "check" in results:
        rows.append(("`techlead check` / `dotnet build`, 2,000 files", results["check"]["ratio"], "≤ 1.3",
                     _verdict(results["check"]["ratio"], 1.3)))
    return rows


def _targets(results, suffix):
    rows = []
    whole = results.get("wholebuild" + suffix, {})
    big, small = whole.get("2000"), whole.get("200")
    for size in sorted(whole, key=int):
        summary = whole[size]
        variants = summary["variants"]
        label = f"{int(size):,} files"
        for rules, goal in (("20 rules", 1.03), ("1000 rules", 1.10)):
            if rules in variants and "wall_ratio_to_without" in variants[rules]:
                ratio = variants[rules]["wall_ratio_to_without"]
                rows.append((f"whole build, {label}: {rules.replace('1000', '1,000')} / without", ratio, f"≤ {goal:.2f}",
                             _verdict(ratio, goal)))
        if "20 rules" in variants and "1000 rules" in variants:
            t20, t1000 = _per_round(summary, "20 rules", "techlead_s"), _per_round(summary, "1000 rules", "techlead_s")
            ratio = _spread([t1000[r] / t20[r] for r in t20 if r in t1000 and t20[r]])
            rows.append((f"TechLead analyzer time, {label}: 1,000 rules / 20 rules", ratio, "≤ 2", _verdict(ratio, 2.0)))
        duel = variants.get("duel")
        if duel and duel.get("duel_ratio"):
            rows.append((f"{label}: TL0101 / RS0030 analyzer time, same {duel['symbols']} symbols, same build",
                         duel["duel_ratio"], "≤ 1.0", _verdict(duel["duel_ratio"], 1.0)))
    if big and small:
        for rules in ("20 rules", "1000 rules"):
            b, s = _per_round(big, rules, "techlead_s"), _per_round(small, rules, "techlead_s")
            growth = _spread([(b[r] / big["files"]) / (s[r] / small["files"]) for r in b if r in s and s[r]])
            rows.append((f"TechLead analyzer time per file, {rules}: 2,000 files / 200 files", growth, "0.85–1.15",
                         _verdict(growth, 1.15, 0.85)))
    for name, summary in results.get("real" + suffix, {}).items():
        duel = summary["variants"].get("duel")
        if duel:
            rows.append((f"{name}: TL0101 / RS0030 analyzer time, same {duel['symbols']} symbols, same build",
                         duel["duel_ratio"], "≤ 1.0", _verdict(duel["duel_ratio"], 1.0)))
        rows.append((f"{name}: whole build with TechLead / without", summary["variants"]["with"]["wall_ratio_to_without"],
                     "report", "–"))
        rows.append((f"{name}: TechLead share of all analyzer time", summary["variants"]["with"]["techlead_share"], "report", "–"))
    return rows


def render(results):
    out = []
    machine = results.get("machine", {})
    out.append(f"TechLead {machine.get('techlead_commit', '?')}; {machine.get('cores', '?')} cores; load average "
               f"{machine.get('load_at_start', '?')} at the start, {machine.get('load_at_end', '?')} at the end; "
               f"{machine.get('minutes', '?')} min.\n")
    out.append("| target | measured: median (min–max) | goal | |\n|---|---:|---|---|")
    for what, spread, goal, verdict in targets(results):
        digits = 3 if "share" not in what else 3
        out.append(f"| {what} | {_fmt(spread, digits)} | {goal} | {verdict} |")
    for suffix, mode in (("", "compiler server on"), ("-cold", "compiler server off")):
        out += _build_tables(results, suffix, mode)
    if "fitness" in results:
        out.append("\n| fitness method | mean | median | allocated |\n|---|---:|---:|---:|")
        for method, row in results["fitness"]["rows"].items():
            out.append(f"| {method} | {row['Mean']} | {row['Median']} | {row['Allocated']} |")
    if "check" in results:
        out.append("\n| round | load | build s | check s | check / build |\n|---:|---:|---:|---:|---:|")
        for r in results["check"]["rounds"]:
            out.append(f"| {r['round']} | {r['load']} | {r['build_s']} | {r['check_s']} | {r['ratio']} |")
    return "\n".join(out) + "\n"


def _build_tables(results, suffix, mode):
    out = []
    whole = results.get("wholebuild" + suffix, {})
    if whole:
        out.append(f"\n{mode}:\n\n| files | rules | compilations | build wall s | / without | all analyzers s | TechLead s | TechLead ms per file | TechLead share |")
        out.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
        for size in sorted(whole, key=int):
            summary = whole[size]
            for variant, v in summary["variants"].items():
                per_file = v["techlead_s"] and {k: (x * 1000 / summary["files"] if k != "n" else x) for k, x in v["techlead_s"].items()}
                out.append(f"| {int(size):,} | {variant.replace(' rules', '') if variant != 'without' else 'none'} | {v['compilations']} | "
                           f"{_fmt(v['wall_s'], 1)} | {_fmt(v.get('wall_ratio_to_without'), 3)} | {_fmt(v['analyzers_s'], 2)} | "
                           f"{_fmt(v['techlead_s'], 2)} | {_fmt(per_file, 2) if variant != 'without' else '–'} | "
                           f"{_fmt(v.get('techlead_share'), 3)} |")
    real = results.get("real" + suffix, {})
    if real:
        out.append(f"\n{mode}:\n\n| repository | .cs files | compilations | build without s | with s | with / without | TechLead s | "
                   "share of all analyzers | duel: TL0101 s | RS0030 s | TL0101 / RS0030 | lines TL0101 / RS0030 |")
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for name, summary in real.items():
            w, wo, d = summary["variants"]["with"], summary["variants"]["without"], summary["variants"].get("duel", {})
            out.append(f"| {name} | {summary.get('files', '?')} | {w['compilations']} | {_fmt(wo['wall_s'], 1)} | {_fmt(w['wall_s'], 1)} | "
                       f"{_fmt(w['wall_ratio_to_without'], 3)} | {_fmt(w['techlead_s'], 2)} | {_fmt(w['techlead_share'], 3)} | "
                       f"{_fmt(d.get('techlead_s'), 2)} | {_fmt(d.get('bannedapi_s'), 2)} | {_fmt(d.get('duel_ratio'), 2)} | "
                       f"{d.get('tl', {}).get('TL0101', 0)} / {d.get('rs0030', 0)} |")
    return out
