/* Optional C accelerator of cntextclean.script.opencc: one forward-maximum-matching pass.
 *
 * A Pass is built once from a pass's tables (cntextclean.script._tables.Pass):
 *
 *   Pass(out: dict[str, str], chars: dict[str, str], wrap: bool)
 *
 * ``out`` maps every key of 2+ characters to its replacement ("" = the character-wise
 * conversion of the key), ``chars`` maps a character to its replacement (any length), and
 * ``wrap`` wraps every matched key's replacement in NULs. ``Pass.apply(s)`` is then exactly
 * the pure-Python ``_RtPass.apply(s)``: at every position the longest key of ``out`` that
 * starts there is replaced and skipped, else the character is mapped through ``chars``.
 *
 * Where the work is: a two-level table gives, for any code point, its character conversion
 * and whether a key starts with it; only there is the pair (first two characters) looked up
 * in a hash table holding the lengths of the keys with that prefix, and only those lengths
 * are looked up in the key hash table. The output is written once into a UCS-4 buffer.
 *
 * The object is immutable after construction (no global mutable state: re-entrant and
 * thread-safe; apply() releases the GIL on long texts, reading only the immutable str and
 * tables). Every str kind (1, 2, 4 bytes per code point) is read natively; any code point,
 * lone surrogates included, is a character like any other.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* --- cells: the per-code-point table ----------------------------------------------------- */

#define CELL_START 0x80000000u  /* a key of ``out`` starts with this code point */
#define CELL_ONE 0x40000000u    /* converts to one code point: the low 21 bits */
#define CELL_MANY 0x20000000u   /* converts to a string: the low 21 bits index ``many`` */
#define CELL_LOW 0x001FFFFFu

#define NPAGES (0x110000 >> 8)

typedef struct {
    uint32_t off; /* in the pool */
    uint32_t len;
} Span;

typedef struct {
    uint64_t pair;   /* (c0 << 21 | c1) + 1; 0 = empty slot */
    uint32_t mask;   /* bit L: a key of length L (2 <= L < MASK_BITS) starts with the pair */
    uint32_t maxlen; /* the longest key that starts with the pair */
} PairEntry;

#define MASK_BITS 32

typedef struct {
    uint32_t hash;   /* 0 = empty slot */
    uint32_t keyoff; /* in the pool */
    uint32_t valoff;
    uint16_t keylen;
    int16_t vallen; /* -1: the character-wise conversion of the key */
} KeyEntry;

#define MAX_KEYLEN 0xFFFF
#define MAX_VALLEN 0x7FFF

typedef struct {
    PyObject_HEAD
    int wrap;
    uint32_t *page_of;   /* NPAGES entries: index of the page of cells (0 = the empty page) */
    uint32_t *cells;     /* npages * 256 */
    Py_ssize_t npages;
    Span *many;          /* multi-character conversions */
    Py_ssize_t nmany;
    Py_UCS4 *pool;       /* keys, values, multi-character conversions */
    Py_ssize_t poollen;
    PairEntry *pairs;
    uint64_t pairmask;   /* table size - 1 */
    KeyEntry *keys;
    uint64_t keymask;
    Py_ssize_t nkeys;
    PyObject *owner; /* a bytes object the tables point into (Pass.frombytes), else NULL */
    Py_ssize_t blobsize; /* frombytes: the bytes the pass took */
} PassObject;

static inline uint32_t
cell_of(const PassObject *p, Py_UCS4 c)
{
    return p->cells[((Py_ssize_t)p->page_of[c >> 8] << 8) | (c & 0xFF)];
}

static inline uint64_t
mix64(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

#define HASH_STEP(h, c) (((h) ^ (uint64_t)(c)) * 0x100000001b3ULL)
#define HASH_SEED 0xcbf29ce484222325ULL

static inline uint32_t
fin_hash(uint64_t h)
{
    uint32_t r = (uint32_t)mix64(h);
    return r ? r : 1;
}

/* --- construction -------------------------------------------------------------------------- */

/* 3.10-3.11: a str made by the legacy (wchar_t) API must be made ready before its kind and data
 * are read (a no-op, deprecated, from 3.12 on: every str is ready) */
static int
str_ready(PyObject *s)
{
#if PY_VERSION_HEX < 0x030C0000
    return PyUnicode_READY(s);
#else
    (void)s;
    return 0;
#endif
}

typedef struct {
    Py_UCS4 *data;
    Py_ssize_t len, cap;
} Pool;

static int
pool_add(Pool *pl, PyObject *s, uint32_t *off, uint32_t *len)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    if (pl->len + n > pl->cap) {
        Py_ssize_t cap = pl->cap ? pl->cap : 1024;
        while (cap < pl->len + n)
            cap *= 2;
        if (cap > (Py_ssize_t)0x7fffffff) {
            PyErr_SetString(PyExc_OverflowError, "tables too large");
            return -1;
        }
        Py_UCS4 *d = PyMem_Realloc(pl->data, (size_t)cap * sizeof(Py_UCS4));
        if (d == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        pl->data = d;
        pl->cap = cap;
    }
    if (n && PyUnicode_AsUCS4(s, pl->data + pl->len, n, 0) == NULL)
        return -1;
    *off = (uint32_t)pl->len;
    *len = (uint32_t)n;
    pl->len += n;
    return 0;
}

/* the cell of ``c`` for writing (allocating its page) */
static uint32_t *
cell_w(PassObject *p, Py_UCS4 c)
{
    uint32_t pg = p->page_of[c >> 8];
    if (pg == 0) {
        uint32_t *cells = PyMem_Realloc(p->cells, (size_t)(p->npages + 1) * 256 * sizeof(uint32_t));
        if (cells == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        memset(cells + p->npages * 256, 0, 256 * sizeof(uint32_t));
        p->cells = cells;
        pg = (uint32_t)p->npages++;
        p->page_of[c >> 8] = pg;
    }
    return &p->cells[((Py_ssize_t)pg << 8) | (c & 0xFF)];
}

static uint64_t
table_size(Py_ssize_t n)
{
    uint64_t size = 16;
    while (size < (uint64_t)n * 2 + 1)
        size <<= 1;
    return size;
}

static PairEntry *
pair_slot(PairEntry *pairs, uint64_t mask, uint64_t pair)
{
    uint64_t i = mix64(pair) & mask;
    while (pairs[i].pair != 0 && pairs[i].pair != pair)
        i = (i + 1) & mask;
    return &pairs[i];
}

static void
Pass_dealloc(PassObject *self)
{
    if (self->owner != NULL) {
        Py_DECREF(self->owner);
    }
    else {
        PyMem_Free(self->page_of);
        PyMem_Free(self->cells);
        PyMem_Free(self->many);
        PyMem_Free(self->pool);
        PyMem_Free(self->pairs);
        PyMem_Free(self->keys);
    }
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
Pass_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"out", "chars", "wrap", NULL};
    PyObject *out, *chars;
    int wrap = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O!O!|p:Pass", kwlist, &PyDict_Type, &out,
                                     &PyDict_Type, &chars, &wrap))
        return NULL;
    PassObject *self = (PassObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->wrap = wrap;
    Pool pl = {NULL, 0, 0};
    PyObject *k, *v;
    Py_ssize_t pos;

    self->page_of = PyMem_Calloc(NPAGES, sizeof(uint32_t));
    self->cells = PyMem_Calloc(256, sizeof(uint32_t)); /* page 0: the empty page */
    if (self->page_of == NULL || self->cells == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    self->npages = 1;

    /* characters */
    Py_ssize_t nchars = PyDict_GET_SIZE(chars);
    self->many = PyMem_Calloc(nchars ? (size_t)nchars : 1, sizeof(Span));
    if (self->many == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    pos = 0;
    while (PyDict_Next(chars, &pos, &k, &v)) {
        if (PyUnicode_Check(k) && PyUnicode_Check(v) && (str_ready(k) < 0 || str_ready(v) < 0))
            goto fail;
        if (!PyUnicode_Check(k) || !PyUnicode_Check(v) || PyUnicode_GET_LENGTH(k) != 1) {
            PyErr_SetString(PyExc_ValueError, "chars: one character -> a str expected");
            goto fail;
        }
        uint32_t *cell = cell_w(self, PyUnicode_READ_CHAR(k, 0));
        if (cell == NULL)
            goto fail;
        if (PyUnicode_GET_LENGTH(v) == 1) {
            *cell = (*cell & CELL_START) | CELL_ONE | PyUnicode_READ_CHAR(v, 0);
        }
        else {
            Span *sp = &self->many[self->nmany];
            if (pool_add(&pl, v, &sp->off, &sp->len) < 0)
                goto fail;
            *cell = (*cell & CELL_START) | CELL_MANY | (uint32_t)self->nmany++;
        }
    }

    /* keys */
    Py_ssize_t nkeys = PyDict_GET_SIZE(out);
    self->pairmask = table_size(nkeys) - 1; /* shrunk to the distinct pairs below */
    self->keymask = self->pairmask;
    self->pairs = PyMem_Calloc(self->pairmask + 1, sizeof(PairEntry));
    self->keys = PyMem_Calloc(self->keymask + 1, sizeof(KeyEntry));
    if (self->pairs == NULL || self->keys == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    Py_ssize_t npairs = 0;
    pos = 0;
    while (PyDict_Next(out, &pos, &k, &v)) {
        if (PyUnicode_Check(k) && PyUnicode_Check(v) && (str_ready(k) < 0 || str_ready(v) < 0))
            goto fail;
        if (!PyUnicode_Check(k) || !PyUnicode_Check(v) || PyUnicode_GET_LENGTH(k) < 2) {
            PyErr_SetString(PyExc_ValueError, "out: a key of 2+ characters -> a str expected");
            goto fail;
        }
        Py_ssize_t len = PyUnicode_GET_LENGTH(k);
        if (len > MAX_KEYLEN || PyUnicode_GET_LENGTH(v) > MAX_VALLEN) {
            PyErr_SetString(PyExc_ValueError, "out: a key or value too long for the C pass");
            goto fail;
        }
        Py_UCS4 c0 = PyUnicode_READ_CHAR(k, 0), c1 = PyUnicode_READ_CHAR(k, 1);
        uint64_t h = HASH_SEED;
        for (Py_ssize_t i = 0; i < len; i++)
            h = HASH_STEP(h, PyUnicode_READ_CHAR(k, i));
        uint32_t hash = fin_hash(h);
        KeyEntry e;
        uint32_t kl, vl;
        e.hash = hash;
        if (pool_add(&pl, k, &e.keyoff, &kl) < 0)
            goto fail;
        e.keylen = (uint16_t)kl;
        if (PyUnicode_GET_LENGTH(v) == 0) {
            e.valoff = 0;
            e.vallen = -1;
        }
        else {
            if (pool_add(&pl, v, &e.valoff, &vl) < 0)
                goto fail;
            e.vallen = (int16_t)vl;
        }
        /* the key table (dict keys are distinct) */
        uint64_t i = (uint64_t)hash & self->keymask;
        while (self->keys[i].hash != 0)
            i = (i + 1) & self->keymask;
        self->keys[i] = e;
        self->nkeys++;
        /* the pair table */
        uint64_t pair = ((uint64_t)c0 << 21 | c1) + 1;
        PairEntry *pe = pair_slot(self->pairs, self->pairmask, pair);
        npairs += pe->pair == 0;
        pe->pair = pair;
        if (len < MASK_BITS)
            pe->mask |= (uint32_t)1 << len;
        if ((uint32_t)len > pe->maxlen)
            pe->maxlen = (uint32_t)len;
        uint32_t *cell = cell_w(self, c0);
        if (cell == NULL)
            goto fail;
        *cell |= CELL_START;
    }
    /* the pair table at the size its distinct pairs need (most lookups miss: keep it sparse) */
    uint64_t size = table_size(npairs);
    if (size < self->pairmask + 1) {
        PairEntry *pairs = PyMem_Calloc(size, sizeof(PairEntry));
        if (pairs == NULL) {
            PyErr_NoMemory();
            goto fail;
        }
        for (uint64_t i = 0; i <= self->pairmask; i++)
            if (self->pairs[i].pair != 0)
                *pair_slot(pairs, size - 1, self->pairs[i].pair) = self->pairs[i];
        PyMem_Free(self->pairs);
        self->pairs = pairs;
        self->pairmask = size - 1;
    }
    self->pool = pl.data;
    self->poollen = pl.len;
    return (PyObject *)self;

fail:
    PyMem_Free(pl.data);
    Py_DECREF(self);
    return NULL;
}

/* --- matching -------------------------------------------------------------------------------- */

typedef struct {
    Py_UCS4 *buf;
    size_t len, cap;
} Out;

/* room for ``more`` code points (no GIL needed: raw allocator) */
static inline int
out_room(Out *o, size_t more)
{
    if (o->len + more <= o->cap)
        return 0;
    size_t cap = o->cap + o->cap / 2 + more + 16;
    if (cap > PY_SSIZE_T_MAX / sizeof(Py_UCS4))
        return -1;
    Py_UCS4 *b = PyMem_RawRealloc(o->buf, cap * sizeof(Py_UCS4));
    if (b == NULL)
        return -1;
    o->buf = b;
    o->cap = cap;
    return 0;
}

static inline int
emit_char(const PassObject *p, Out *o, Py_UCS4 c)
{
    uint32_t cell = cell_of(p, c);
    if (cell & CELL_ONE)
        c = cell & CELL_LOW;
    else if (cell & CELL_MANY) {
        const Span *sp = &p->many[cell & CELL_LOW];
        if (out_room(o, sp->len) < 0)
            return -1;
        memcpy(o->buf + o->len, p->pool + sp->off, sp->len * sizeof(Py_UCS4));
        o->len += sp->len;
        return 0;
    }
    if (out_room(o, 1) < 0)
        return -1;
    o->buf[o->len++] = c;
    return 0;
}

/* One function per str kind: T is the code unit type of the text. */
#define DEFINE_APPLY(NAME, T)                                                                    \
    static const KeyEntry *NAME##_find(const PassObject *p, const T *s, Py_ssize_t L)             \
    {                                                                                             \
        uint64_t h64 = HASH_SEED;                                                                 \
        for (Py_ssize_t j = 0; j < L; j++)                                                        \
            h64 = HASH_STEP(h64, s[j]);                                                           \
        uint32_t h = fin_hash(h64);                                                               \
        uint64_t i = (uint64_t)h & p->keymask;                                                    \
        for (;;) {                                                                                \
            const KeyEntry *e = &p->keys[i];                                                      \
            if (e->hash == 0)                                                                     \
                return NULL;                                                                      \
            if (e->hash == h && e->keylen == (uint16_t)L) {                                       \
                const Py_UCS4 *k = p->pool + e->keyoff;                                           \
                Py_ssize_t j = 0;                                                                 \
                while (j < L && k[j] == (Py_UCS4)s[j])                                            \
                    j++;                                                                          \
                if (j == L)                                                                       \
                    return e;                                                                     \
            }                                                                                     \
            i = (i + 1) & p->keymask;                                                             \
        }                                                                                         \
    }                                                                                             \
                                                                                                  \
    static int NAME(const PassObject *p, const T *s, Py_ssize_t n, Out *o)                        \
    {                                                                                             \
        Py_ssize_t i = 0;                                                                         \
        while (i < n) {                                                                           \
            Py_UCS4 c = s[i];                                                                     \
            uint32_t cell = cell_of(p, c);                                                        \
            if ((cell & CELL_START) && i + 1 < n) {                                               \
                uint64_t pair = ((uint64_t)c << 21 | (Py_UCS4)s[i + 1]) + 1;                      \
                uint64_t pi = mix64(pair) & p->pairmask;                                          \
                while (p->pairs[pi].pair != 0 && p->pairs[pi].pair != pair)                       \
                    pi = (pi + 1) & p->pairmask;                                                  \
                const PairEntry *pe = &p->pairs[pi];                                              \
                if (pe->pair == pair) {                                                           \
                    Py_ssize_t L = pe->maxlen;                                                    \
                    const KeyEntry *e = NULL;                                                     \
                    if (L > n - i)                                                                \
                        L = n - i;                                                                \
                    for (; L >= 2; L--) {                                                         \
                        if (L < MASK_BITS && !(pe->mask & ((uint32_t)1 << L)))                    \
                            continue;                                                             \
                        e = NAME##_find(p, s + i, L);                                             \
                        if (e != NULL)                                                            \
                            break;                                                                \
                    }                                                                             \
                    if (e != NULL) {                                                              \
                        if (p->wrap) {                                                            \
                            if (out_room(o, 1) < 0)                                               \
                                return -1;                                                        \
                            o->buf[o->len++] = 0;                                                 \
                        }                                                                         \
                        if (e->vallen < 0) {                                                      \
                            for (Py_ssize_t j = 0; j < L; j++)                                    \
                                if (emit_char(p, o, s[i + j]) < 0)                                \
                                    return -1;                                                    \
                        }                                                                         \
                        else {                                                                    \
                            if (out_room(o, (size_t)e->vallen) < 0)                               \
                                return -1;                                                        \
                            memcpy(o->buf + o->len, p->pool + e->valoff,                          \
                                   (size_t)e->vallen * sizeof(Py_UCS4));                          \
                            o->len += (size_t)e->vallen;                                          \
                        }                                                                         \
                        if (p->wrap) {                                                            \
                            if (out_room(o, 1) < 0)                                               \
                                return -1;                                                        \
                            o->buf[o->len++] = 0;                                                 \
                        }                                                                         \
                        i += L;                                                                   \
                        continue;                                                                 \
                    }                                                                             \
                }                                                                                 \
            }                                                                                     \
            if (cell & CELL_ONE) {                                                                \
                if (out_room(o, 1) < 0)                                                           \
                    return -1;                                                                    \
                o->buf[o->len++] = cell & CELL_LOW;                                               \
            }                                                                                     \
            else if (cell & CELL_MANY) {                                                          \
                if (emit_char(p, o, c) < 0)                                                       \
                    return -1;                                                                    \
            }                                                                                     \
            else {                                                                                \
                if (out_room(o, 1) < 0)                                                           \
                    return -1;                                                                    \
                o->buf[o->len++] = c;                                                             \
            }                                                                                     \
            i++;                                                                                  \
        }                                                                                         \
        return 0;                                                                                 \
    }

DEFINE_APPLY(apply1, Py_UCS1)
DEFINE_APPLY(apply2, Py_UCS2)
DEFINE_APPLY(apply4, Py_UCS4)

/* texts at least this long are converted without the GIL */
#define NOGIL_LEN 4096

static PyObject *
Pass_apply(PassObject *self, PyObject *arg)
{
    if (!PyUnicode_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "apply() takes a str, not %.100s", Py_TYPE(arg)->tp_name);
        return NULL;
    }
    if (str_ready(arg) < 0)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    if (n == 0)
        return Py_NewRef(arg);
    int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    Out o = {NULL, 0, 0};
    if ((size_t)n > PY_SSIZE_T_MAX / sizeof(Py_UCS4) / 2)
        return PyErr_NoMemory();
    o.cap = (size_t)n + (size_t)n / 8 + 16;
    o.buf = PyMem_RawMalloc(o.cap * sizeof(Py_UCS4));
    if (o.buf == NULL)
        return PyErr_NoMemory();
    int rc;
    Py_BEGIN_ALLOW_THREADS
    /* (short texts too: the cost of releasing the GIL is small next to a pass) */
    if (kind == PyUnicode_1BYTE_KIND)
        rc = apply1(self, (const Py_UCS1 *)data, n, &o);
    else if (kind == PyUnicode_2BYTE_KIND)
        rc = apply2(self, (const Py_UCS2 *)data, n, &o);
    else
        rc = apply4(self, (const Py_UCS4 *)data, n, &o);
    Py_END_ALLOW_THREADS
    PyObject *res = NULL;
    if (rc < 0)
        PyErr_NoMemory();
    else
        res = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, o.buf, (Py_ssize_t)o.len);
    PyMem_RawFree(o.buf);
    return res;
}

static PyObject *
Pass_sizeof(PassObject *self, PyObject *Py_UNUSED(ignored))
{
    size_t size = sizeof(PassObject) + NPAGES * sizeof(uint32_t) +
                  (size_t)self->npages * 256 * sizeof(uint32_t) +
                  (size_t)self->nmany * sizeof(Span) + (size_t)self->poollen * sizeof(Py_UCS4) +
                  (size_t)(self->pairmask + 1) * sizeof(PairEntry) +
                  (size_t)(self->keymask + 1) * sizeof(KeyEntry);
    return PyLong_FromSize_t(size);
}

/* --- serialization: the tables as one bytes object (the converter caches it on disk) --------- */

#define BLOB_MAGIC 0x314d4d46u /* "FMM1" */
/* bump when the layout or the meaning of the tables changes */
#define BLOB_FORMAT 2
#define NSECTIONS 6

typedef struct {
    uint32_t magic, format, pair_size, key_size, span_size, wrap;
    int64_t size; /* of the whole blob, header included */
    int64_t npages, nmany, poollen, npairs, nkeyslots, nkeys;
} BlobHeader;

/* every section starts 8-byte aligned */
static size_t
pad8(size_t n)
{
    return (n + 7) & ~(size_t)7;
}

static void
section_sizes(const BlobHeader *h, size_t sizes[NSECTIONS])
{
    sizes[0] = NPAGES * sizeof(uint32_t);
    sizes[1] = (size_t)h->npages * 256 * sizeof(uint32_t);
    sizes[2] = (size_t)h->nmany * sizeof(Span);
    sizes[3] = (size_t)h->poollen * sizeof(Py_UCS4);
    sizes[4] = (size_t)h->npairs * sizeof(PairEntry);
    sizes[5] = (size_t)h->nkeyslots * sizeof(KeyEntry);
}

static PyObject *
Pass_dump(PassObject *self, PyObject *Py_UNUSED(ignored))
{
    BlobHeader h;
    memset(&h, 0, sizeof h);
    h.magic = BLOB_MAGIC;
    h.format = BLOB_FORMAT;
    h.pair_size = sizeof(PairEntry);
    h.key_size = sizeof(KeyEntry);
    h.span_size = sizeof(Span);
    h.wrap = (uint32_t)self->wrap;
    h.npages = self->npages;
    h.nmany = self->nmany;
    h.poollen = self->poollen;
    h.npairs = (int64_t)(self->pairmask + 1);
    h.nkeyslots = (int64_t)(self->keymask + 1);
    h.nkeys = self->nkeys;
    size_t sizes[NSECTIONS];
    section_sizes(&h, sizes);
    const void *src[NSECTIONS] = {self->page_of, self->cells, self->many,
                                  self->pool,    self->pairs, self->keys};
    size_t total = pad8(sizeof h);
    for (int i = 0; i < NSECTIONS; i++)
        total += pad8(sizes[i]);
    h.size = (int64_t)total;
    PyObject *b = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)total);
    if (b == NULL)
        return NULL;
    char *w = PyBytes_AS_STRING(b);
    memset(w, 0, total);
    memcpy(w, &h, sizeof h);
    w += pad8(sizeof h);
    for (int i = 0; i < NSECTIONS; i++) {
        if (sizes[i])
            memcpy(w, src[i], sizes[i]);
        w += pad8(sizes[i]);
    }
    return b;
}

static int
is_pow2(int64_t x)
{
    return x >= 16 && (x & (x - 1)) == 0;
}

static PyObject *
bad_blob(void)
{
    PyErr_SetString(PyExc_ValueError, "not a valid compiled pass");
    return NULL;
}

/* Whether the tables are consistent: every index in range, every code point valid, an empty
 * slot in each hash table (probes end). A damaged blob is refused, never read out of bounds. */
static int
tables_valid(const PassObject *p)
{
    uint64_t poollen = (uint64_t)p->poollen;
    for (Py_ssize_t i = 0; i < NPAGES; i++)
        if (p->page_of[i] >= (uint64_t)p->npages)
            return 0;
    for (Py_ssize_t i = 0; i < p->npages * 256; i++) {
        uint32_t c = p->cells[i];
        if (i < 256 && c != 0) /* page 0 is the empty page */
            return 0;
        if ((c & CELL_ONE) && (c & CELL_LOW) > 0x10FFFF)
            return 0;
        if (!(c & CELL_ONE) && (c & CELL_MANY) && (c & CELL_LOW) >= (uint64_t)p->nmany)
            return 0;
    }
    for (Py_ssize_t i = 0; i < p->nmany; i++)
        if ((uint64_t)p->many[i].off + p->many[i].len > poollen)
            return 0;
    for (Py_ssize_t i = 0; i < p->poollen; i++)
        if (p->pool[i] > 0x10FFFF)
            return 0;
    int64_t empty = 0;
    for (uint64_t i = 0; i <= p->pairmask; i++)
        empty += p->pairs[i].pair == 0;
    if (empty == 0)
        return 0;
    empty = 0;
    for (uint64_t i = 0; i <= p->keymask; i++) {
        const KeyEntry *e = &p->keys[i];
        if (e->hash == 0) {
            empty++;
            continue;
        }
        if (e->keylen < 2 || (uint64_t)e->keyoff + e->keylen > poollen || e->vallen < -1 ||
            (e->vallen >= 0 && (uint64_t)e->valoff + (uint64_t)e->vallen > poollen))
            return 0;
    }
    return empty > 0;
}

/* Pass.frombytes(data: bytes, offset=0): the pass dumped at data[offset:]. The pass keeps a
 * reference to ``data`` and reads its tables there (bytes are immutable): no copy. */
static PyObject *
Pass_frombytes(PyTypeObject *type, PyObject *args)
{
    PyObject *data;
    Py_ssize_t offset = 0;
    if (!PyArg_ParseTuple(args, "O!|n:frombytes", &PyBytes_Type, &data, &offset))
        return NULL;
    Py_ssize_t len = PyBytes_GET_SIZE(data);
    if (offset < 0 || offset > len)
        return bad_blob();
    const char *base = PyBytes_AS_STRING(data) + offset;
    size_t left = (size_t)(len - offset);
    BlobHeader h;
    if (((uintptr_t)base & 7) != 0 || left < sizeof h)
        return bad_blob();
    memcpy(&h, base, sizeof h);
    if (h.magic != BLOB_MAGIC || h.format != BLOB_FORMAT || h.pair_size != sizeof(PairEntry) ||
        h.key_size != sizeof(KeyEntry) || h.span_size != sizeof(Span) || h.wrap > 1 ||
        h.npages < 1 || h.npages > NPAGES + 1 || h.nmany < 0 || h.nmany > 0x110000 ||
        h.poollen < 0 || h.poollen > 0x7fffffff || !is_pow2(h.npairs) || !is_pow2(h.nkeyslots) ||
        h.npairs > ((int64_t)1 << 36) || h.nkeyslots > ((int64_t)1 << 36) || h.nkeys < 0 ||
        h.nkeys >= h.nkeyslots || h.size < 0 || (uint64_t)h.size > left)
        return bad_blob();
    size_t sizes[NSECTIONS];
    section_sizes(&h, sizes);
    size_t total = pad8(sizeof h);
    for (int i = 0; i < NSECTIONS; i++)
        total += pad8(sizes[i]);
    if (total != (uint64_t)h.size)
        return bad_blob();
    PassObject *self = (PassObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->owner = Py_NewRef(data);
    self->blobsize = (Py_ssize_t)total;
    self->wrap = (int)h.wrap;
    self->npages = (Py_ssize_t)h.npages;
    self->nmany = (Py_ssize_t)h.nmany;
    self->poollen = (Py_ssize_t)h.poollen;
    self->pairmask = (uint64_t)h.npairs - 1;
    self->keymask = (uint64_t)h.nkeyslots - 1;
    self->nkeys = (Py_ssize_t)h.nkeys;
    const char *r = base + pad8(sizeof h);
    void *dst[NSECTIONS];
    for (int i = 0; i < NSECTIONS; i++) {
        dst[i] = (void *)r;
        r += pad8(sizes[i]);
    }
    self->page_of = dst[0];
    self->cells = dst[1];
    self->many = dst[2];
    self->pool = dst[3];
    self->pairs = dst[4];
    self->keys = dst[5];
    if (!tables_valid(self)) {
        Py_DECREF(self);
        return bad_blob();
    }
    return (PyObject *)self;
}

static PyObject *
Pass_reduce(PassObject *Py_UNUSED(self), PyObject *Py_UNUSED(ignored))
{
    PyErr_SetString(PyExc_TypeError,
                    "cannot pickle a compiled pass (pickle the Converter: it pickles by name)");
    return NULL;
}

static PyMethodDef Pass_methods[] = {
    {"apply", (PyCFunction)Pass_apply, METH_O,
     "apply(s) -> str: forward maximum matching of s on the keys, characters converted."},
    {"dump", (PyCFunction)Pass_dump, METH_NOARGS,
     "dump() -> bytes: the compiled tables (for Pass.frombytes, same build only)."},
    {"frombytes", (PyCFunction)Pass_frombytes, METH_VARARGS | METH_CLASS,
     "frombytes(data, offset=0) -> Pass: the pass dump() wrote at data[offset:] (same build "
     "only; a damaged blob raises ValueError); it reads its tables in data, which it keeps."},
    {"__sizeof__", (PyCFunction)Pass_sizeof, METH_NOARGS, NULL},
    {"__reduce__", (PyCFunction)Pass_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyObject *
Pass_get_nkeys(PassObject *self, void *Py_UNUSED(closure))
{
    return PyLong_FromSsize_t(self->nkeys);
}

static PyObject *
Pass_get_wrap(PassObject *self, void *Py_UNUSED(closure))
{
    return PyBool_FromLong(self->wrap);
}

static PyObject *
Pass_get_blobsize(PassObject *self, void *Py_UNUSED(closure))
{
    return PyLong_FromSsize_t(self->blobsize);
}

static PyGetSetDef Pass_getset[] = {
    {"blobsize", (getter)Pass_get_blobsize, NULL,
     "frombytes: the bytes the pass took (0 for a pass built from dicts)", NULL},
    {"nkeys", (getter)Pass_get_nkeys, NULL, "the number of keys", NULL},
    {"wrap", (getter)Pass_get_wrap, NULL, "matched keys are wrapped in NULs", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject PassType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "cntextclean.script._fmm.Pass",
    .tp_basicsize = sizeof(PassObject),
    .tp_dealloc = (destructor)Pass_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Pass(out, chars, wrap=False): one compiled forward-maximum-matching pass.",
    .tp_methods = Pass_methods,
    .tp_getset = Pass_getset,
    .tp_new = Pass_new,
};

static int
fmm_exec(PyObject *m)
{
    if (PyType_Ready(&PassType) < 0)
        return -1;
    Py_INCREF(&PassType);
    if (PyModule_AddObject(m, "Pass", (PyObject *)&PassType) < 0) {
        Py_DECREF(&PassType);
        return -1;
    }
    return PyModule_AddIntConstant(m, "FORMAT", BLOB_FORMAT);
}

static PyModuleDef_Slot fmm_slots[] = {
    {Py_mod_exec, fmm_exec},
    {0, NULL},
};

static struct PyModuleDef fmm_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "cntextclean.script._fmm",
    .m_doc = "C accelerator of cntextclean.script.opencc (optional; the pure-Python path is "
             "the reference).",
    .m_size = 0,
    .m_slots = fmm_slots,
};

PyMODINIT_FUNC
PyInit__fmm(void)
{
    return PyModuleDef_Init(&fmm_module);
}
