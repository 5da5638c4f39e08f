//! Pre-interned identifier strings used by the runtime itself (dunder names and friends), so
//! that special-method lookups compare interned pointers instead of hashing text.

use objmodel::Value;

macro_rules! names {
    ($($field:ident = $text:expr),* $(,)?) => {
        /// Interned names, one field per identifier.
        pub struct Names { $(pub $field: Value,)* }
        impl Names {
            pub(crate) fn new(intern: &mut dyn FnMut(&str) -> Value) -> Names {
                Names { $($field: intern($text),)* }
            }
        }
    };
}

names! {
    __init__ = "__init__", __new__ = "__new__", __repr__ = "__repr__", __str__ = "__str__",
    __hash__ = "__hash__", __eq__ = "__eq__", __ne__ = "__ne__", __lt__ = "__lt__", __le__ = "__le__",
    __gt__ = "__gt__", __ge__ = "__ge__", __bool__ = "__bool__", __len__ = "__len__",
    __getitem__ = "__getitem__", __setitem__ = "__setitem__", __delitem__ = "__delitem__",
    __iter__ = "__iter__", __next__ = "__next__", __contains__ = "__contains__", __call__ = "__call__",
    __enter__ = "__enter__", __exit__ = "__exit__", __getattr__ = "__getattr__",
    __getattribute__ = "__getattribute__", __setattr__ = "__setattr__", __delattr__ = "__delattr__",
    __get__ = "__get__", __set__ = "__set__", __delete__ = "__delete__", __dict__ = "__dict__",
    __class__ = "__class__", __name__ = "__name__", __qualname__ = "__qualname__",
    __module__ = "__module__", __doc__ = "__doc__", __slots__ = "__slots__", __slotnames__ = "__slotnames__", __main__ = "__main__",
    __builtins__ = "__builtins__", __file__ = "__file__", __index__ = "__index__", __int__ = "__int__",
    __float__ = "__float__", __abs__ = "__abs__", __neg__ = "__neg__", __pos__ = "__pos__",
    __invert__ = "__invert__", __format__ = "__format__", __reversed__ = "__reversed__",
    __missing__ = "__missing__", __init_subclass__ = "__init_subclass__",
    __set_name__ = "__set_name__", __class_getitem__ = "__class_getitem__", __all__ = "__all__",
    __classcell__ = "__classcell__", __mro_entries__ = "__mro_entries__", __prepare__ = "__prepare__",
    __instancecheck__ = "__instancecheck__", __subclasscheck__ = "__subclasscheck__",
    __length_hint__ = "__length_hint__", __round__ = "__round__", __trunc__ = "__trunc__",
    __floor__ = "__floor__", __ceil__ = "__ceil__", __complex__ = "__complex__",
    __path__ = "__path__", __package__ = "__package__", __spec__ = "__spec__", __loader__ = "__loader__",
    __annotations__ = "__annotations__", __wrapped__ = "__wrapped__", __objclass__ = "__objclass__",
    __bases__ = "__bases__", __mro__ = "__mro__", __self__ = "__self__", __func__ = "__func__",
    __traceback__ = "__traceback__", __cause__ = "__cause__", __context__ = "__context__",
    __suppress_context__ = "__suppress_context__", __abstractmethods__ = "__abstractmethods__",
    __copy__ = "__copy__", __deepcopy__ = "__deepcopy__", __reduce__ = "__reduce__", __bytes__ = "__bytes__",
    __sizeof__ = "__sizeof__", __dir__ = "__dir__", __await__ = "__await__", __fspath__ = "__fspath__",
    __aiter__ = "__aiter__",
    args = "args", value = "value", send = "send", throw = "throw", close = "close", keys = "keys",
    items = "items", values = "values", append = "append", mro = "mro", write = "write",
    flush = "flush", read = "read", readline = "readline", fileno = "fileno", name = "name",
    code = "code", msg = "msg", filename = "filename", lineno = "lineno", offset = "offset",
    text = "text", end_lineno = "end_lineno", end_offset = "end_offset", print_file_and_line = "print_file_and_line",
    errno = "errno", strerror = "strerror", obj = "obj", path = "path", key = "key", reverse = "reverse",
    default = "default", start = "start", stop = "stop", step = "step", sep = "sep", end = "end", file = "file",
    empty = "", self_ = "self", cls = "cls", stdout = "stdout", stderr = "stderr", stdin = "stdin",
    super_ = "super", lambda = "<lambda>", module = "<module>", excepthook = "excepthook",
}
