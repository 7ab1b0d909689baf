#!/usr/bin/env python3
"""Where a cold compiler's time goes, from a dotnet-trace profile converted to speedscope (standard library only).

  dotnet-trace collect --profile dotnet-sampled-thread-time --clrevents jit+loader -o csc.nettrace -- dotnet csc.dll @ARGS
  dotnet-trace convert --format speedscope csc.nettrace -o csc      # writes csc.speedscope.json
  trace_frames.py csc.speedscope.json [--match REGEX] [--within TEXT] [--stacks REGEX] [--top N]

Prints the inclusive thread time (ms) of every frame whose name matches --match (default: TechLead's and YamlDotNet's
frames), counted only while a frame whose name contains --within is on the same thread's stack (default: any
TechLead.Analyzers frame, i.e. TechLead's callbacks), and the total of that time. --stacks REGEX prints instead the
stacks (frames matching --match, outermost first) under which a frame matching REGEX runs, with their time: who calls
what. Sampled thread time on a loaded machine is wall time of the thread, so compare profiles taken back to back.
"""
import argparse
import collections
import json
import re


def slices(profile):
    """(duration, open frame indexes from outermost to innermost) for each interval between two events."""
    stack, last = [], None
    for event in profile["events"]:
        at = event["at"]
        if last is not None and at > last and stack:
            yield at - last, stack
        last = at
        if event["type"] == "O":
            stack = stack + [event["frame"]]
        else:
            for i in range(len(stack) - 1, -1, -1):
                if stack[i] == event["frame"]:
                    stack = stack[:i] + stack[i + 1:]
                    break


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("speedscope")
    parser.add_argument("--match", default=r"^(TechLead|YamlDotNet)")
    parser.add_argument("--within", default="TechLead.Analyzers!")
    parser.add_argument("--stacks")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    with open(args.speedscope, encoding="utf-8") as f:
        data = json.load(f)
    names = [frame["name"] for frame in data["shared"]["frames"]]
    match = re.compile(args.match)
    target = re.compile(args.stacks) if args.stacks else None
    inclusive, stacks, total = collections.Counter(), collections.Counter(), 0.0
    for profile in data["profiles"]:
        if profile.get("type") != "evented":
            continue
        for duration, stack in slices(profile):
            if not any(args.within in names[f] for f in stack):
                continue
            total += duration
            if target:
                hits = [i for i, f in enumerate(stack) if target.search(names[f])]
                if hits:
                    key = tuple(re.sub(r"\(.*", "", names[f]) for f in stack[: hits[-1] + 1] if match.search(names[f]) or f == stack[hits[-1]])
                    stacks[key] += duration
                continue
            for f in set(stack):
                if match.search(names[f]):
                    inclusive[f] += duration
    print(f"total {total:.1f} ms within '{args.within}'")
    if target:
        for key, ms in stacks.most_common(args.top):
            print(f"{ms:8.1f}  " + " > ".join(k.split("!")[-1] for k in key))
    else:
        for f, ms in inclusive.most_common(args.top):
            print(f"{ms:8.1f}  {names[f][:200]}")


if __name__ == "__main__":
    main()
