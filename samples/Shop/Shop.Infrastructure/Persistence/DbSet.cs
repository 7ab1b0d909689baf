using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Shop.Infrastructure.Persistence;

/// <summary>
/// An in-memory table shaped like EF Core's <c>DbSet&lt;T&gt;</c>. The sample must build without
/// EF Core, yet persistence code should read like the real thing.
/// </summary>
public sealed class DbSet<TEntity>
    where TEntity : class
{
    private readonly List<TEntity> _rows = [];
    private readonly Lock _gate = new();

    public void Add(TEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        lock (_gate)
        {
            _rows.Add(entity);
        }
    }

    public bool Remove(TEntity entity)
    {
        lock (_gate)
        {
            return _rows.Remove(entity);
        }
    }

    public Task<TEntity?> FirstOrDefaultAsync(Func<TEntity, bool> predicate, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Snapshot().FirstOrDefault(predicate));
    }

    public Task<IReadOnlyList<TEntity>> ToListAsync(Func<TEntity, bool>? predicate, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<TEntity> rows = predicate is null ? Snapshot() : Snapshot().Where(predicate).ToList();
        return Task.FromResult(rows);
    }

    public Task<bool> AnyAsync(Func<TEntity, bool> predicate, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Snapshot().Any(predicate));
    }

    internal IReadOnlyList<TEntity> Snapshot()
    {
        lock (_gate)
        {
            return _rows.ToArray();
        }
    }
}
