// vocabulary (TL0206): say Customer, not Client or Buyer. Locals are not declared names.
using System;

namespace Conf.Words
{
    public class ClientRecord
    {
        public string ClientName { get; set; }

        public int buyerCount;

        public event Action ClientChanged;

        public int FindBuyer(int buyerId)
        {
            var client = buyerId;
            ClientChanged?.Invoke();
            return client;
        }

        public T Pick<TClient, T>(TClient value, T other) => other;
    }

    public class Registry<TBuyer> { }

    public abstract class Notifier
    {
        public abstract void NotifyClient();
    }

    public class EmailNotifier : Notifier
    {
        public override void NotifyClient() { }
    }

    // An explicit implementation is named by its interface: flagged there, not again where it is implemented.
    public interface IClientSource
    {
        int BuyerLevel { get; }

        event Action ClientMoved;

        void NotifyBuyer();
    }

    public class CustomerSource : IClientSource
    {
        int IClientSource.BuyerLevel => 1;

        event Action IClientSource.ClientMoved { add { } remove { } }

        void IClientSource.NotifyBuyer() { }
    }

    public class CustomerRecord
    {
        public string CustomerName { get; set; }
    }
}
