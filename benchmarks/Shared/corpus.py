"""What the corpus scripts share (benchmarks/ImportCorpus, benchmarks/InferRecall): running the tools, reading a corpus
list, and a syntax-level reading of a checkout's projects. Standard library only; import it with

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Shared"))
    import corpus
"""
import os
import re
import subprocess
import sys

TEST_PROJECT = re.compile(r"(Tests?|Specs|\.Benchmarks)$", re.IGNORECASE)
NAMESPACE = re.compile(r"^\s*namespace\s+([\w.]+)\s*[;{]?", re.MULTILINE)
SKIPPED_FOLDERS = ("bin", "obj", ".git", "node_modules", "TechLeadProbes")


def run(command, cwd=None, check=True, env=None, timeout=None):
    """Runs a command, capturing its output; exits the script on a failure other than exit code 1 (findings) when check."""
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env, timeout=timeout)
    if check and result.returncode not in (0, 1):
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


def read_corpus(path):
    """[(label, checkout, suite folder)] of a corpus list: one suite per line, blank lines and # comments skipped."""
    suites = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            if len(parts) != 3:
                sys.exit(f"{path}:{number}: expected 'label checkout suite-folder', got '{line}'")
            suites.append(tuple(parts))
    return suites


def commit_of(checkout):
    result = subprocess.run(["git", "-C", checkout, "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True, check=False)
    return result.stdout.strip() or "?"


def project_files(root, tests=False):
    """{project file: its folder} for every .csproj under root; test projects only when tests is true."""
    projects = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIPPED_FOLDERS]
        for file in files:
            if file.endswith(".csproj") and bool(TEST_PROJECT.search(file[:-len(".csproj")])) == tests:
                projects[os.path.join(folder, file)] = folder
    return projects


def product_projects(root):
    """{project file: folder} for every non-test .csproj under root."""
    return project_files(root, tests=False)


def references(project):
    text = open(project, encoding="utf-8", errors="replace").read()
    found = []
    for include in re.findall(r'<ProjectReference\s+Include="([^"]+)"', text):
        path = os.path.normpath(os.path.join(os.path.dirname(project), include.replace("\\", "/")))
        found.append(path)
    return found


def reachable(project, graph):
    seen, pending = {project}, [project]
    while pending:
        for reference in graph.get(pending.pop(), []):
            if reference not in seen:
                seen.add(reference)
                pending.append(reference)
    return seen


def assembly_name(project):
    """A literal <AssemblyName> ($(MSBuildProjectName) expanded), else the file name, as MSBuild defaults it."""
    stem = os.path.basename(project)[:-len(".csproj")]
    text = open(project, encoding="utf-8", errors="replace").read()
    declared = re.search(r"<AssemblyName>\s*([^<]+?)\s*</AssemblyName>", text)
    if declared and "$(" not in declared.group(1).replace("$(MSBuildProjectName)", ""):
        return declared.group(1).replace("$(MSBuildProjectName)", stem)
    return stem
