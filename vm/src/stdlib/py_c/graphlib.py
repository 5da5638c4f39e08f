"""Topological sorting of graphs of hashable nodes (pyrs-nogil's
implementation of CPython's `graphlib`, written from its documentation)."""

__all__ = ["TopologicalSorter", "CycleError"]

# A node's predecessor count becomes one of these once it leaves the sorter.
_PASSED_OUT = -1
_DONE = -2


class _Node:
    __slots__ = ("node", "waiting_on", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting_on = 0     # predecessors not yet done, or _PASSED_OUT/_DONE
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is one cycle
    as a list of nodes whose first and last items are the same."""
    pass


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._n_passed_out = 0
        self._n_done = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add a node and edges to it from each of predecessors."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting_on += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Mark the graph as finished and check for cycles."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.waiting_on == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].waiting_on = _PASSED_OUT
        self._ready.clear()
        self._n_passed_out += len(result)
        return result

    def is_active(self):
        """True while nodes can still be made ready or wait to be done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._n_done < self._n_passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.waiting_on
            if state != _PASSED_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting_on = _DONE
            for succ in info.successors:
                succ_info = self._nodes[succ]
                succ_info.waiting_on -= 1
                if succ_info.waiting_on == 0:
                    self._ready.append(succ)
            self._n_done += 1

    def _find_cycle(self):
        # Depth-first search along successor edges, nodes and edges in
        # insertion order; the first edge back into the current path closes
        # the cycle that is reported.
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            path = [start]
            on_path = {start: 0}
            visited.add(start)
            iters = [iter(self._nodes[start].successors)]
            while iters:
                succ = next(iters[-1], _END)
                if succ is _END:
                    iters.pop()
                    del on_path[path.pop()]
                    continue
                if succ in on_path:
                    return path[on_path[succ]:] + [succ]
                if succ in visited:
                    continue
                visited.add(succ)
                on_path[succ] = len(path)
                path.append(succ)
                iters.append(iter(self._nodes[succ].successors))
        return None

    def static_order(self):
        """The nodes in one topological order (calls prepare())."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


_END = object()
