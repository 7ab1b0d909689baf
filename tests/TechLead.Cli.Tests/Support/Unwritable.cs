using System;
using System.Diagnostics;
using System.IO;

namespace TechLead.Cli.Tests.Support;

/// <summary>
/// Makes a folder or a file unwritable for the test's lifetime. Permission bits do not stop root (CI runs as root)
/// and do not stop a file from being replaced by a rename, so where they are not enough the immutable attribute
/// (chattr +i) does it. A path that stays writable fails the test rather than letting it pass for the wrong reason.
/// </summary>
internal sealed class Unwritable : IDisposable
{
    private readonly string path;
    private readonly UnixFileMode mode;
    private bool immutable;

    public Unwritable(string path)
    {
        this.path = path;
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("read-only folders are simulated with Unix file modes and chattr");
        }

        mode = File.GetUnixFileMode(path);
        File.SetUnixFileMode(path, mode & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
        if (!Directory.Exists(path) || CanCreateIn(path))
        {
            Chattr("+i");
            immutable = true;
        }

        Assert.False(Directory.Exists(path) ? CanCreateIn(path) : CanOpenForWriting(path), $"could not make {path} unwritable (chmod, then chattr +i)");
    }

    public void Dispose()
    {
        if (immutable)
        {
            Chattr("-i");
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private static bool CanCreateIn(string directory)
    {
        var probe = Path.Combine(directory, ".probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool CanOpenForWriting(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private void Chattr(string flag)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true, UseShellExecute = false })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
    }
}
