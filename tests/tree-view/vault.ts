/** The small vault the tree view tests share: a hierarchy with a ghost, a cycle and a multi-parent note. */
import type { InitialFile } from "../obsidian-double";

/**
 * Topics ─ Programming ─ Go, Rust;  Topics ─ Gardening;  Languages (ghost) ─ Rust;
 * Cycle A ⇄ Cycle B;  Lonely (no relations).
 */
export const SMALL_VAULT: Record<string, InitialFile> = {
	"Topics.md": { content: "# Topics\n", ctime: 1000, mtime: 5000 },
	"Programming.md": { content: "up:: [[Topics]]\n", ctime: 2000, mtime: 4000 },
	"Gardening.md": { content: "---\ntitle: Gardening\n---\nup:: [[Topics]]\n", ctime: 3000, mtime: 3000 },
	"Go.md": { content: "up:: [[Programming]]\nrelated:: [[Rust]]\n", ctime: 4000, mtime: 2000 },
	"Rust.md": { content: "# Rust\n\nup:: [[Programming]]\nup:: [[Languages]]\n", ctime: 5000, mtime: 1000 },
	"Cycle A.md": "up:: [[Cycle B]]\n",
	"Cycle B.md": "up:: [[Cycle A]]\n",
	"Lonely.md": "No relations here.\n",
};
