// A type on itself and its nested types are one unit (docs/adr-format.md); Stranger is the positive control.
namespace Conf.Family
{
    public class Outer
    {
        public Outer Self;

        public Inner Child;

        public Stranger Other;

        public class Inner
        {
            public Outer Parent;

            public Sibling Next;
        }

        public class Sibling
        {
            public Inner Previous;
        }
    }

    public class Node<T>
    {
        public Node<T> Next;

        public Node<int> Boxed;
    }

    public class Stranger { }
}
