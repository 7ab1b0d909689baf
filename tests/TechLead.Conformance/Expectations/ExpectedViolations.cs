using System.Collections.Generic;
using System.Linq;
using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance.Expectations;

/// <summary>
/// What the rule format (docs/adr-format.md) says each corpus rule reports: distinct (from, to) pairs, normalised
/// like every finding. This is the reference every engine is compared with, so no test passes by
/// all engines agreeing on nothing.
/// </summary>
internal static class ExpectedViolations
{
    private static readonly Dictionary<string, (string From, string To)[]> ByRule = new(System.StringComparer.Ordinal)
    {
        // Every dependency form of docs/adr-format.md, one Conf.Forms type each; FormsExcluded.cs (using, nameof, cref) adds nothing.
        ["ADR-0001/forms-no-targets"] =
        [
            ("Conf.Forms.ViaBaseType", "Conf.Targets.BaseTarget"),
            ("Conf.Forms.ViaInterface", "Conf.Targets.IInterfaceTarget"),
            ("Conf.Forms.ViaAttribute", "Conf.Targets.AttributeTargetAttribute"),
            ("Conf.Forms.ViaField", "Conf.Targets.FieldTarget"),
            ("Conf.Forms.ViaProperty", "Conf.Targets.PropertyTarget"),
            ("Conf.Forms.ViaEvent", "Conf.Targets.EventTarget"),
            ("Conf.Forms.ViaParameter", "Conf.Targets.ParameterTarget"),
            ("Conf.Forms.ViaReturn", "Conf.Targets.ReturnTarget"),
            ("Conf.Forms.ViaLocal", "Conf.Targets.LocalTarget"),
            ("Conf.Forms.ViaLambdaParameter", "Conf.Targets.LambdaParameterTarget"),
            ("Conf.Forms.ViaGenericArgument", "Conf.Targets.GenericArgumentTarget"),
            ("Conf.Forms.ViaConstraint`1", "Conf.Targets.ConstraintTarget"),
            ("Conf.Forms.ViaArrayElement", "Conf.Targets.ArrayElementTarget"),
            ("Conf.Forms.ViaPointerElement", "Conf.Targets.PointerElementTarget"),
            ("Conf.Forms.ViaNullableElement", "Conf.Targets.NullableElementTarget"),
            ("Conf.Forms.ViaTypeof", "Conf.Targets.TypeofTarget"),
            ("Conf.Forms.ViaIs", "Conf.Targets.IsTarget"),
            ("Conf.Forms.ViaAs", "Conf.Targets.AsTarget"),
            ("Conf.Forms.ViaCast", "Conf.Targets.CastTarget"),
            ("Conf.Forms.ViaPattern", "Conf.Targets.PatternTarget"),
            ("Conf.Forms.ViaObjectCreation", "Conf.Targets.CreatedTarget"),
            ("Conf.Forms.ViaStaticMember", "Conf.Targets.StaticMemberTarget"),
            ("Conf.Forms.ViaInstanceMember", "Conf.Targets.InstanceMemberTarget"),
            ("Conf.Forms.ViaExtensionMethod", "Conf.Targets.ExtensionTarget"),
            ("Conf.Forms.ViaUsingStatic", "Conf.Targets.UsingStaticTarget"),
            ("Conf.Forms.ViaUnusedUsingStatic", "Conf.Targets.StaticMemberTarget"),
            ("Conf.Forms.ViaThrow", "Conf.Targets.ThrownTarget"),
            ("Conf.Forms.ViaCatch", "Conf.Targets.CaughtTarget"),
        ],

        // Self, nested and sibling-nested references are not dependencies; Stranger is.
        ["ADR-0001/family-closed"] = [("Conf.Family.Outer", "Conf.Family.Stranger")],

        ["ADR-0002/layering"] =
        [
            ("Conf.Layers.Data.Store", "Conf.Layers.App.Service"),
            ("Conf.Layers.Data.Callback", "Conf.Layers.Api.Endpoint"),
        ],
        ["ADR-0002/layering-strict"] =
        [
            ("Conf.Layers.Api.Endpoint", "Conf.Layers.Data.Store"),
            ("Conf.Layers.Data.Store", "Conf.Layers.App.Service"),
            ("Conf.Layers.Data.Callback", "Conf.Layers.Api.Endpoint"),
        ],

        ["ADR-0003/core-allow-list"] = [("Conf.Allow.Core.Service", "Conf.Allow.Outside.Gadget")],

        // The source writes only Task; what `async` compiles to is not in the source.
        ["ADR-0003/async-narrow"] = [],

        ["ADR-0004/modules-independent"] = [("Conf.Modules.Orders.OrderService", "Conf.Modules.Billing.Invoice")],

        // Slices are walked in ordinal order (ADR-0008 of TechLead): Alpha -> Beta, closed by the first Beta -> Alpha reference.
        ["ADR-0005/no-cycles"] = [("Conf.Slices.Beta.B", "Conf.Slices.Alpha.A")],

        // The context map allows Ordering --> Catalog, Shipping --> Ordering, Ordering --> Billing and, through the Sales subgraph, Billing --> Catalog.
        ["ADR-0031/context-map"] =
        [
            ("Conf.Context.Billing.Invoice", "Conf.Context.Ordering.Cart"),
            ("Conf.Context.Catalog.Product", "Conf.Context.Ordering.Cart"),
            ("Conf.Context.Shipping.Parcel", "Conf.Context.Billing.Invoice"),
        ],

        ["ADR-0006/no-legacy"] =
        [
            ("Conf.Banned.Users.ClockUser", "P:System.DateTime.Now"),
            ("Conf.Banned.Users.FileUser", "M:System.IO.File.ReadAllText"),
            ("Conf.Banned.Users.OldApiUser", "Conf.Banned.Legacy.OldApi"),
            ("Conf.Banned.Users.OldApiPartUser", "Conf.Banned.Legacy.OldApi"),
            ("Conf.Banned.Users.ModeUser", "F:Conf.Banned.Legacy.Settings.Mode"),
            ("Conf.Banned.Users.LimitUser", "F:Conf.Banned.Legacy.Settings.Limit"),
            ("Conf.Banned.Users.BusUser", "E:Conf.Banned.Legacy.Bus.Published"),
            ("Conf.Banned.Legacy.Bus", "E:Conf.Banned.Legacy.Bus.Published"),
            ("Conf.Banned.Users.WidgetUser", "N:Conf.Banned.Obsolete"),
            ("Conf.Banned.Users.UsingOnly", "N:Conf.Banned.Obsolete"),
        ],
        ["ADR-0006/scoped-console"] = [("Conf.Banned.Scoped.Printer", "M:System.Console.WriteLine")],

        // Corpus/Source/BannedOperators.cs: uses that call a method without naming it.
        ["ADR-0013/no-money-operators"] =
        [
            ("Conf.BannedOps.Users.AddUser", "M:Conf.BannedOps.Lib.Money.op_Addition(Conf.BannedOps.Lib.Money,Conf.BannedOps.Lib.Money)"),
            ("Conf.BannedOps.Users.CompoundUser", "M:Conf.BannedOps.Lib.Money.op_Addition(Conf.BannedOps.Lib.Money,Conf.BannedOps.Lib.Money)"),
            ("Conf.BannedOps.Users.NegateUser", "M:Conf.BannedOps.Lib.Money.op_UnaryNegation"),
            ("Conf.BannedOps.Users.IncrementUser", "M:Conf.BannedOps.Lib.Money.op_Increment"),
            ("Conf.BannedOps.Users.AgeUser", "M:System.DateTimeOffset.op_Subtraction(System.DateTimeOffset,System.DateTimeOffset)"),
            ("Conf.BannedOps.Users.ImplicitUser", "M:Conf.BannedOps.Lib.Money.op_Implicit(System.Int32)~Conf.BannedOps.Lib.Money"),
            ("Conf.BannedOps.Users.ExplicitUser", "M:Conf.BannedOps.Lib.Money.op_Explicit(Conf.BannedOps.Lib.Money)~System.Decimal"),
        ],
        ["ADR-0013/no-money-patterns"] =
        [
            ("Conf.BannedOps.Users.DeconstructUser", "M:Conf.BannedOps.Lib.Money.Deconstruct"),
            ("Conf.BannedOps.Users.ForeachUser", "M:Conf.BannedOps.Lib.Ledger.GetEnumerator"),
            ("Conf.BannedOps.Users.InitializerUser", "M:Conf.BannedOps.Lib.Ledger.Add"),
            ("Conf.BannedOps.Users.ObjectInitializerUser", "P:Conf.BannedOps.Lib.Ledger.Owner"),
            ("Conf.BannedOps.Users.IndexerUser", "P:Conf.BannedOps.Lib.Ledger.Item(System.Int32)"),
            ("Conf.BannedOps.Users.AwaitUser", "M:Conf.BannedOps.Lib.Delay.GetAwaiter"),
        ],

        // Corpus/Source/Constructs.cs: what each construct's source writes or instantiates (rules/0039 of TechLead).
        ["ADR-0014/constructs-model"] =
        [
            ("Conf.Constructs.Users.PersonRecord", "Conf.Constructs.Model.Address"),
            ("Conf.Constructs.Users.PointRecord", "Conf.Constructs.Model.Unit"),
            ("Conf.Constructs.Users.PrimaryConstructorService", "Conf.Constructs.Model.Store"),
            ("Conf.Constructs.Users.LocalFunctionUser", "Conf.Constructs.Model.Widget"),
            ("Conf.Constructs.Users.QueryUser", "Conf.Constructs.Model.Item"),
            ("Conf.Constructs.Users.PatternUser", "Conf.Constructs.Model.Shape"),
            ("Conf.Constructs.Users.TupleUser", "Conf.Constructs.Model.Left"),
            ("Conf.Constructs.Users.NullableUser", "Conf.Constructs.Model.Tag"),
            ("Conf.Constructs.Users.NullableUser", "Conf.Constructs.Model.Level"),
            ("Conf.Constructs.Users.DefaultArgumentUser", "Conf.Constructs.Model.Runner"),
            ("Conf.Constructs.Users.ConstantUser", "Conf.Constructs.Model.Limits"),
            ("Conf.Constructs.Users.ConstantUser", "Conf.Constructs.Model.Status"),
            ("Conf.Constructs.Users.AttributeTypeofUser", "Conf.Constructs.Model.MarkerAttribute"),
            ("Conf.Constructs.Users.AttributeTypeofUser", "Conf.Constructs.Model.Gadget"),
            ("Conf.Constructs.Users.StaticAbstractUser", "Conf.Constructs.Model.ICreatable`1"),
            ("Conf.Constructs.Users.CollectionExpressionUser", "Conf.Constructs.Model.Item"),
            ("Conf.Constructs.Users.FieldKeywordUser", "Conf.Constructs.Model.Item"),
            ("Conf.Constructs.Users.WidgetExtensions", "Conf.Constructs.Model.Widget"),
            ("Conf.Constructs.Users.ExtensionMemberUser", "Conf.Constructs.Model.Widget"),
            ("Conf.Constructs.Users.SignatureOnlyUser", "Conf.Constructs.Model.Result"),
            ("Conf.Constructs.Users.SignatureOnlyUser", "Conf.Constructs.Model.Errors"),
            ("Conf.Constructs.Users.InferredArgumentUser", "Conf.Constructs.Model.Box"),
            ("Conf.Constructs.Users.InferredArgumentUser", "Conf.Constructs.Model.Errors"),
            ("Conf.Constructs.Users.InferredArgumentUser", "Conf.Constructs.Model.Error"),
            ("Conf.Constructs.Users.OperatorUser", "Conf.Constructs.Model.Prices"),
            ("Conf.Constructs.Users.ExpressionTreeUser", "Conf.Constructs.Model.Filters"),
            ("Conf.Constructs.Users.ExpressionTreeUser", "Conf.Constructs.Model.Address"),
            ("Conf.Constructs.Users.AsyncUser", "Conf.Constructs.Model.Item"),
            ("Conf.Constructs.Users.IteratorUser", "Conf.Constructs.Model.Widget"),
            ("Conf.Constructs.Users.ForeachUser", "Conf.Constructs.Model.Item"),
            ("Conf.Constructs.Users.EndpointUser", "Conf.Constructs.Model.Query"),
            ("Conf.Constructs.Users.EndpointUser", "Conf.Constructs.Model.FromBodyAttribute"),
            ("Conf.Constructs.Users.EndpointUser", "Conf.Constructs.Model.Payload"),
            ("Conf.Constructs.Users.EndpointUser", "Conf.Constructs.Model.Reply"),
            ("Conf.Constructs.Users.OverrideUser", "Conf.Constructs.Model.Handlers"),
            ("Conf.Constructs.Users.OverrideUser", "Conf.Constructs.Model.BaseHandler"),
            ("Conf.Constructs.Users.ImplicitArrayUser", "Conf.Constructs.Model.Errors"),
            ("Conf.Constructs.Users.ImplicitArrayUser", "Conf.Constructs.Model.Error"),
            ("Conf.Constructs.Users.SyncOverAsyncUser", "Conf.Constructs.Model.Loader"),
            ("Conf.Constructs.Users.SyncOverAsyncUser", "Conf.Constructs.Model.Item"),
            // Not InitialMigration -> ColumnBuilder`1, ColumnOperation: the anonymous columns' member types are inferred (rules/0044).
            ("Conf.Constructs.Users.InterfaceSpreadUser", "Conf.Constructs.Model.Item"),
        ],

        // Only what a source writes itself: the parameters that take a token, and Explicit, the positive control.
        ["ADR-0014/constructs-no-machinery"] =
        [
            ("Conf.Constructs.Users.AsyncUser", "System.Threading.CancellationToken"),
            ("Conf.Constructs.Users.EndpointUser", "System.Threading.CancellationToken"),
            ("Conf.Constructs.Users.Explicit", "System.Text.StringBuilder"),
            ("Conf.Constructs.Users.SyncOverAsyncUser", "System.Runtime.CompilerServices.TaskAwaiter`1"),
            // Written List<Item>s; not the list the compiler builds for InterfaceSpreadUser's [.. items].
            ("Conf.Constructs.Users.CollectionExpressionUser", "System.Collections.Generic.List`1"),
            ("Conf.Constructs.Users.ForeachUser", "System.Collections.Generic.List`1"),
        ],

        // ADR-0017: what the source writes, as every engine should see it; ExplainedDifferences lists what IL cannot show.
        ["ADR-0017/declared-model"] =
        [
            ("Conf.Declared.Users.ConditionalAttributeUser", "Conf.Declared.Model.TracedAttribute"),
            ("Conf.Declared.Users.EmittedAttributeUser", "Conf.Declared.Model.KeptAttribute"),
            ("Conf.Declared.Users.InterceptedCallUser", "Conf.Declared.Model.Registry"),
            ("Conf.Declared.Users.PlainCallUser", "Conf.Declared.Model.Catalog"),
            ("Conf.Declared.Users.HandBuiltTreeUser", "Conf.Declared.Model.Entry"),
            ("Conf.Declared.Users.DefaultLiteralArgumentUser", "Conf.Declared.Model.Gate"),
        ],
        ["ADR-0017/declared-framework"] =
        [
            ("Conf.Declared.Users.ToListUser", "System.Linq.Enumerable"),
            ("Conf.Declared.Users.HandBuiltTreeUser", "System.Linq.Expressions.Expression"),
        ],

        // No anonymous type (the migration's columns), no generated code: only the stranger outside the list.
        ["ADR-0014/constructs-allow-list"] = [("Conf.Constructs.Users.Outsider", "Conf.Elsewhere.Stranger")],

        // System.* covers System.String, not System.Collections.Generic.List`1.
        ["ADR-0014/glob-allow-list"] = [("Conf.Constructs.Glob.Narrow", "System.Collections.Generic.List`1")],

        ["ADR-0007/handler-suffix"] = [("Conf.Shape.Handlers.OrderProcessor", ""), ("Conf.Shape.Handlers.Handlers`1", "")],
        ["ADR-0007/controllers-inherit"] = [("Conf.Shape.Controllers.LooseController", "")],
        ["ADR-0007/entities-implement"] = [("Conf.Shape.Entities.Note", "")],
        ["ADR-0007/dtos-serializable"] = [("Conf.Shape.Dtos.LineDto", "")],
        ["ADR-0007/no-obsolete"] = [("Conf.Shape.Legacy.OldThing", "")],
        ["ADR-0007/values-sealed-immutable"] = [("Conf.Shape.Values.Price", ""), ("Conf.Shape.Values.Quantity", ""), ("Conf.Shape.Values.Counter", "")],
        ["ADR-0007/value-structs-immutable"] = [("Conf.Shape.Values.Cursor", "")],
        ["ADR-0007/helpers-static"] = [("Conf.Shape.Helpers.MathHelpers", "")],
        ["ADR-0007/bases-abstract"] = [("Conf.Shape.Bases.ConcreteBase", "")],
        ["ADR-0007/internals-internal"] = [("Conf.Shape.Internals.Exposed", "")],
        ["ADR-0007/contracts-public"] = [("Conf.Shape.Contracts.ClosedContract", "")],
        // Corpus/Source/Constructed.cs: the constructors C# adds count (a class's parameterless one, an abstract class's
        // protected one, an unsealed record's protected copy constructor); a struct's implied one is not in metadata (rules/0052).
        ["ADR-0007/constructors-private"] = [("Conf.Shape.Constructed.Private.NoneDeclared", ""), ("Conf.Shape.Constructed.Private.AbstractNoneDeclared", ""), ("Conf.Shape.Constructed.Private.OpenRecord", ""), ("Conf.Shape.Constructed.Private.Primary", ""), ("Conf.Shape.Constructed.Private.OneProtected", "")],
        ["ADR-0007/constructors-non-public"] = [("Conf.Shape.Constructed.NonPublic.NoneDeclared", ""), ("Conf.Shape.Constructed.NonPublic.OnePublic", "")],
        // Corpus/Source/PublicState.cs: public members only, inherited (System.Exception's too) and static ones included;
        // const, readonly and non-public fields pass, 'private set' and 'init' do not (rules/0062).
        ["ADR-0007/public-state-immutable"] =
        [
            ("Conf.Shape.PublicState.Invoice", ""), ("Conf.Shape.PublicState.PaymentRejected", ""), ("Conf.Shape.PublicState.Basket", ""),
            ("Conf.Shape.PublicState.Address", ""), ("Conf.Shape.PublicState.Ledger", ""), ("Conf.Shape.PublicState.Sequence", ""),
            ("Conf.Shape.PublicState.Settings", ""),
        ],
        ["ADR-0007/repositories-placed"] = [("Conf.Shape.Elsewhere.LostRepository", "")],

        // Corpus/Source/SelectorKeys.cs: interfaces count as abstract, a static class as neither abstract nor sealed,
        // structs, enums and delegates as sealed; name-matches sees no arity, full-name-matches does (rules/0035).
        ["ADR-0015/abstract-picked"] = [("Conf.Keys.Domain.AggregateRoot", ""), ("Conf.Keys.Domain.IRepo`1", ""), ("Conf.Keys.Domain.EventBase", "")],
        ["ADR-0015/concrete-classes-picked"] =
        [
            ("Conf.Keys.Domain.Repo", ""), ("Conf.Keys.Domain.Repo`1", ""), ("Conf.Keys.Domain.OrderService", ""), ("Conf.Keys.Domain.CustomerService", ""),
            ("Conf.Keys.Domain.Legacyservice", ""), ("Conf.Keys.Domain.Placed", ""), ("Conf.Keys.Domain.Outer", ""), ("Conf.Keys.Domain.Outer.InnerService", ""), ("Conf.Keys.Domain.LedgerStore", ""),
        ],
        ["ADR-0015/sealed-picked"] =
        [
            ("Conf.Keys.Domain.OrderService", ""), ("Conf.Keys.Domain.Money", ""), ("Conf.Keys.Domain.Status", ""), ("Conf.Keys.Domain.Changed", ""),
            ("Conf.Keys.Domain.Placed", ""),
        ],
        ["ADR-0015/static-picked"] = [("Conf.Keys.Domain.ServiceHelpers", "")],
        ["ADR-0015/services-sealed"] = [("Conf.Keys.Domain.CustomerService", ""), ("Conf.Keys.Domain.Outer.InnerService", ""), ("Conf.Keys.Domain.Internal.HiddenService", "")],
        ["ADR-0015/repo-without-arity"] = [("Conf.Keys.Domain.Repo", ""), ("Conf.Keys.Domain.Repo`1", "")],
        ["ADR-0015/full-name-with-arity"] = [("Conf.Keys.Domain.Repo`1", "")],
        ["ADR-0015/nested-full-name"] = [("Conf.Keys.Domain.Outer.InnerService", "")],
        ["ADR-0015/anchored-namespaces"] = [("Conf.Keys.App.AppClient", ""), ("Conf.Keys.Api.ApiEndpoint", "")],
        ["ADR-0015/regex-with-except"] = [("Conf.Keys.Domain.CustomerService", ""), ("Conf.Keys.Domain.ServiceHelpers", ""), ("Conf.Keys.Domain.Outer.InnerService", "")],
        ["ADR-0015/app-no-static-helpers"] = [("Conf.Keys.App.AppClient", "Conf.Keys.Domain.ServiceHelpers"), ("Conf.Keys.App.Sub.SubThing", "Conf.Keys.Domain.ServiceHelpers")],
        ["ADR-0015/app-no-static-framework-classes"] = [("Conf.Keys.App.Sub.SubThing", "System.Math")],
        ["ADR-0015/concrete-app-no-helpers"] = [("Conf.Keys.App.AppClient", "Conf.Keys.Domain.ServiceHelpers"), ("Conf.Keys.App.Sub.SubThing", "Conf.Keys.Domain.ServiceHelpers")],
        ["ADR-0015/domain-no-data-access"] = [("Conf.Keys.Domain.LedgerStore", "System.Data.IDbConnection")],
        ["ADR-0015/only-auditing-knows-audit-entries"] = [("Conf.Keys.Domain.Billing.Invoice", "Conf.Keys.Domain.Auditing.AuditEntry")],
        ["ADR-0015/api-no-abstract-repo"] = [("Conf.Keys.Api.ApiEndpoint", "Conf.Keys.Domain.IRepo`1")],

        // Keyed by the declared symbol's doc ID; parameters and type parameters by their member's. Overrides and locals declare nothing.
        // members (TL0207), Corpus/Source/Members.cs: each rule once per member; only-declared-members lists every member the
        // user declared in Conf.Members.Declared and nothing the compiler did (record members, accessors, backing fields,
        // state machines, lambdas, implicit constructors, operators, overrides, explicit implementations, delegates' members).
        // Corpus/Source/RequiredMembers.cs: 'must-exist' counts written constructors and the one C# adds to a class without
        // any (public, protected when abstract; a struct has none in metadata); any-of interfaces match open and closed (rules/0063).
        ["ADR-0063/entities-private-parameterless"] = [("Conf.Required.Entities.Invoice", ""), ("Conf.Required.Entities.Tag", ""), ("Conf.Required.Entities.Shipment", ""), ("Conf.Required.Entities.Parcel", ""), ("Conf.Required.Entities.Ledger", "")],
        ["ADR-0063/dtos-publicly-constructible"] = [("Conf.Required.Dtos.PagedDto", ""), ("Conf.Required.Dtos.PointDto", ""), ("Conf.Required.Dtos.RateDto", "")],
        ["ADR-0063/commands-creator-constructor"] = [("Conf.Required.Commands.CloseInvoice", ""), ("Conf.Required.Commands.ArchiveAll", "")],
        ["ADR-0063/validators-validate"] = [("Conf.Required.Validators.EmailValidator", ""), ("Conf.Required.Validators.PhoneValidator", "")],
        ["ADR-0063/handlers-typed"] = [("Conf.Required.Handlers.RawRenameHandler", ""), ("Conf.Required.Handlers.Unrelated", "")],
        // Corpus/Source/ForbiddenBases.cs: a forbidden base anywhere in the chain, a generic definition in any construction, an
        // interface through a base class or another interface; the same simple name in another namespace is not it. The
        // events' selector anchors assembly-matches at both ends: every engine matches the simple assembly name (rules/0065).
        ["ADR-0065/chat-is-not-domain-driven"] = [("Conf.Forbidden.Chat.ChatMessage", ""), ("Conf.Forbidden.Chat.RoomName", "")],
        // Corpus/Source/PlacedByRegex.cs: the regex is found anywhere in the namespace and compares case (rules/0065).
        ["ADR-0065/handlers-in-features"] = [("Conf.Placed.Catalog.FeaturesLegacy.OldHandler", ""), ("Conf.Placed.Basket.features.AddItemHandler", ""), ("Conf.Placed.Basket.CheckoutHandler", "")],
        // Corpus/Source/Nesting.cs: declared nested types at any depth; compiler-generated ones (lambdas, iterators, async) never (rules/0065).
        ["ADR-0065/domain-types-are-top-level"] = [("Conf.Nesting.Order.Line", ""), ("Conf.Nesting.Order.Line.State", ""), ("Conf.Nesting.Order.IPricing", ""), ("Conf.Nesting.Customer`1.Address", "")],
        ["ADR-0065/events-are-not-requests"] = [("Conf.Forbidden.Events.CancelOrder", ""), ("Conf.Forbidden.Events.PagedEvent`1", ""), ("Conf.Forbidden.Events.OrdersListed", ""), ("Conf.Forbidden.Events.IEventQuery", "")],
        ["ADR-0016/getters-return-a-value"] =
        [
            ("M:Conf.Members.Methods.Reader.GetNothing", ""),
            ("M:Conf.Members.Methods.Reader.GetNothing(System.Int32)", ""),
        ],
        ["ADR-0016/async-suffix"] =
        [
            ("M:Conf.Members.Methods.Reader.Load", ""),
            ("M:Conf.Members.Methods.Reader.Stream", ""),
        ],
        ["ADR-0016/is-has-return-bool"] =
        [
            ("M:Conf.Members.Methods.Reader.IsReady", ""),
            ("P:Conf.Members.Methods.Reader.HasName", ""),
        ],
        ["ADR-0016/few-parameters"] = [("M:Conf.Members.Methods.Reader.Configure(System.Int32,System.Int32,System.Int32,System.Int32)", "")],
        ["ADR-0016/actions-return-results"] =
        [
            ("M:Conf.Members.Methods.OrdersController.Version", ""),
            ("M:Conf.Members.Methods.OrdersController.Trace", ""),
        ],
        ["ADR-0016/no-public-instance-fields"] = [("F:Conf.Members.Domain.Order.Count", "")],
        ["ADR-0016/no-public-setters"] = [("P:Conf.Members.Domain.Order.Total", "")],
        ["ADR-0016/entity-constructors-not-public"] =
        [
            ("M:Conf.Members.Domain.Order.#ctor(System.Int32)", ""),
            ("M:Conf.Members.Domain.Line.#ctor(System.Int32)", ""),
        ],
        ["ADR-0016/only-declared-members"] =
        [
            ("P:Conf.Members.Declared.INamed.Name", ""),
            ("M:Conf.Members.Declared.INamed.Rename", ""),
            ("E:Conf.Members.Declared.INamed.Renamed", ""),
            ("P:Conf.Members.Declared.Money.Amount", ""),
            ("P:Conf.Members.Declared.Money.Cents", ""),
            ("M:Conf.Members.Declared.Money.#ctor(System.Decimal)", ""),
            ("P:Conf.Members.Declared.Point.X", ""),
            ("M:Conf.Members.Declared.Point.#ctor(System.Int32)", ""),
            ("F:Conf.Members.Declared.Named.count", ""),
            ("E:Conf.Members.Declared.Named.Moved", ""),
            ("P:Conf.Members.Declared.Named.Size", ""),
            ("M:Conf.Members.Declared.Named.Touch", ""),
            ("M:Conf.Members.Declared.Strings.Blank(System.String)", ""),
            ("P:Conf.Members.Declared.Shouting.IsShouting", ""),
            ("M:Conf.Members.Declared.Shouting.Vowels", ""),
            ("M:Conf.Members.Declared.Parts.Save", ""),
            ("F:Conf.Members.Declared.WithStatics.seed", ""),
            ("M:Conf.Members.Declared.WithStatics.#cctor", ""),
            ("M:Conf.Members.Declared.WithStatics.#ctor", ""),
            ("F:Conf.Members.Declared.Initialized.value", ""),
            ("P:Conf.Members.Declared.Initialized.Value", ""),
            ("F:Conf.Members.Declared.Level.Low", ""),
            ("F:Conf.Members.Declared.Level.High", ""),
            ("M:Conf.Members.Declared.Iterators.Items", ""),
            ("M:Conf.Members.Declared.Iterators.RunAsync", ""),
        ],

        // Corpus/Source/MemberTypes.cs: 'type-not' flags a field or property whose type or direct generic argument is an
        // aggregate root (a tuple's elements are its generic arguments); not arrays, nested arguments, statics, methods or events (rules/0069).
        ["ADR-0016/entities-hold-no-aggregates"] =
        [
            ("F:Conf.MemberTypes.Customer.favourites", ""),
            ("F:Conf.MemberTypes.OrderLine.product", ""),
            ("F:Conf.MemberTypes.OrderLine.approvers", ""),
            ("F:Conf.MemberTypes.OrderLine.split", ""),
            ("P:Conf.MemberTypes.OrderLine.Buyer", ""),
            ("P:Conf.MemberTypes.OrderLine.Reviewer", ""),
        ],

        // Corpus/Source/PublicMembers.cs: 'include-overrides' adds the overrides the user wrote (not the compiler's, not
        // operators, not protected or internal ones) to the public members of entities that are not roots (rules/0069).
        ["ADR-0016/non-roots-expose-nothing"] =
        [
            ("E:Conf.PublicMembers.InvoiceLine.Changed", ""),
            ("P:Conf.PublicMembers.InvoiceLine.Amount", ""),
            ("P:Conf.PublicMembers.InvoiceLine.Weight", ""),
            ("M:Conf.PublicMembers.InvoiceLine.Create(System.Decimal)", ""),
            ("M:Conf.PublicMembers.InvoiceLine.Describe", ""),
            ("M:Conf.PublicMembers.InvoiceLine.ToString", ""),
            ("M:Conf.PublicMembers.InvoiceLine.Equals(System.Object)", ""),
            ("M:Conf.PublicMembers.InvoiceLine.GetHashCode", ""),
        ],

        ["ADR-0008/say-customer"] =
        [
            ("Conf.Words.ClientRecord", ""),
            ("P:Conf.Words.ClientRecord.ClientName", ""),
            ("F:Conf.Words.ClientRecord.buyerCount", ""),
            ("E:Conf.Words.ClientRecord.ClientChanged", ""),
            ("M:Conf.Words.ClientRecord.FindBuyer(System.Int32)", ""),
            ("M:Conf.Words.ClientRecord.Pick``2(``0,``1)", ""),
            ("Conf.Words.Registry`1", ""),
            ("M:Conf.Words.Notifier.NotifyClient", ""),
            ("Conf.Words.IClientSource", ""),
            ("P:Conf.Words.IClientSource.BuyerLevel", ""),
            ("E:Conf.Words.IClientSource.ClientMoved", ""),
            ("M:Conf.Words.IClientSource.NotifyBuyer", ""),
        ],
    };

    public static IEnumerable<string> Rules => ByRule.Keys;

    /// <summary>The expected findings of a rule, or null when the corpus rule has no expectation yet.</summary>
    public static IReadOnlySet<Finding>? For(string adr, string rule) =>
        ByRule.TryGetValue(adr + "/" + rule, out var pairs) ? pairs.Select(p => new Finding(adr, rule, p.From, p.To)).ToHashSet() : null;
}
