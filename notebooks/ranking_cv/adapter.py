"""A linear map of passage vectors (W = I + A) fitted on labelled documents: the passages' hub-corrected
similarity to the statements, aggregated as the engine does (0.7 mean + 0.3 max over passages), max over an
outcome's statements, softmax over the curriculum's outcomes, target the labelled outcomes (acceptable ones
at acc_w).  ||A||^2 is penalised (lam).  Batched per curriculum (padded passages)."""
import numpy as np
import torch
from lib import CUR, to_outcome

BG = np.load(__import__("glob").glob("/root/.cache/cesr-mapper/background/*.npy")[0])


def hubness(V, W=None, k=20):
    B = BG if W is None else BG @ W
    B = B / np.linalg.norm(B, axis=1, keepdims=True)
    s = B @ V.T
    return np.partition(s, -k, axis=0)[-k:].mean(axis=0).astype(np.float32)


def _batches(docs, acc_w):
    out = []
    for cid, c in CUR.items():
        ds = [d for d in docs if d["curriculum"] == cid]
        if not ds:
            continue
        outs = sorted(set(c["outcomes"]))
        pos = {o: i for i, o in enumerate(outs)}
        M = torch.zeros(len(outs), len(c["outcomes"]), dtype=torch.bool)
        for j, o in enumerate(c["outcomes"]):
            M[pos[o], j] = True
        maxp = max(len(d["vectors"]) for d in ds)
        dim = ds[0]["vectors"].shape[1]
        P = torch.zeros(len(ds), maxp, dim)
        mask = torch.zeros(len(ds), maxp, dtype=torch.bool)
        T = torch.zeros(len(ds), len(outs))
        for i, d in enumerate(ds):
            n = len(d["vectors"])
            P[i, :n] = torch.tensor(d["vectors"])
            P[i, n:] = torch.tensor(d["vectors"][0])  # padding rows: masked out below
            mask[i, :n] = True
            for o in to_outcome(d["acceptable"], d):
                if o in pos:
                    T[i, pos[o]] = acc_w
            for o in to_outcome(d["labels"], d):
                T[i, pos[o]] = 1.0
        T = T / T.sum(1, keepdim=True)
        out.append(dict(P=P, mask=mask, T=T, V=torch.tensor(c["vectors"]), hub=torch.tensor(c["hubness"]), M=M,
                        multi=torch.tensor([len(d["vectors"]) > 1 for d in ds])))
    return out


def fit(docs, lam=0.01, epochs=150, lr=3e-3, temp=2.0, pw=0.3, acc_w=0.5, seed=0):
    torch.manual_seed(seed)
    torch.set_num_threads(1)
    batches = _batches(docs, acc_w)
    dim = docs[0]["vectors"].shape[1]
    A = torch.zeros(dim, dim, requires_grad=True)
    I = torch.eye(dim)
    opt = torch.optim.Adam([A], lr=lr)
    n_docs = sum(len(b["T"]) for b in batches)
    for ep in range(epochs):
        opt.zero_grad()
        W = I + A
        loss = 0.0
        for b in batches:
            Q = b["P"] @ W
            Q = Q / Q.norm(dim=2, keepdim=True)
            pp = Q @ b["V"].T - b["hub"][None, None, :]  # docs x passages x nodes
            m = b["mask"][:, :, None]
            mean = (pp * m).sum(1) / m.sum(1)
            mx = torch.where(m, pp, torch.tensor(-1e9)).max(1).values
            dense = torch.where(b["multi"][:, None], (1 - pw) * mean + pw * mx, mean)
            dense = (dense - dense.mean(1, keepdim=True)) / (dense.std(1, keepdim=True) + 1e-6)
            o = torch.where(b["M"][None], dense[:, None, :], torch.tensor(-1e9)).max(2).values  # docs x outcomes
            loss = loss - (b["T"] * torch.log_softmax(o * temp, 1)).sum()
        loss = loss / n_docs + lam * (A ** 2).sum()
        loss.backward()
        opt.step()
    return (I + A).detach().numpy().astype(np.float32)
