"""The `extractor` command: extract, report, eval, cache.

Every ExtractorError becomes one line on stderr and its exit code (see README, "Exit codes");
a traceback reaching the user is a bug.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from extractor.errors import ExtractorError, InputError

app = typer.Typer(
    name="extractor",
    help="Extract quotes, speakers, accused parties and claims from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
cache_app = typer.Typer(help="Inspect or clear the LLM response cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    html = "html"


class CheckEngine(str, Enum):
    offline = "offline"


class ReportFormat(str, Enum):
    html = "html"
    csv = "csv"
    graphml = "graphml"


class Order(str, Enum):
    completion = "completion"
    input = "input"


def setting_help(name: str, text: str, default_text: str | None = None) -> str:
    """Help for an option that is a `Settings` field: its default and its environment variable.

    The CLI passes None for an option not given (so the environment and pyproject apply), which
    hides typer's own [default: …]: it is written into the help from `Settings` instead.
    """
    from extractor.config import ENV_VARS, Settings

    default = Settings.model_fields[name].default
    shown = default_text or (f"{default:g}" if isinstance(default, float) else str(default))
    parts = [f"default: {shown}"]
    if name in ENV_VARS:
        parts.append(f"env: {ENV_VARS[name]}")
    # parentheses, not brackets: typer renders help as rich markup, where [..] is a tag
    return f"{text} ({'; '.join(parts)})"


def _mode_names() -> str:
    from extractor.engines.llm.modes import INSTRUCTOR_MODES, MODE_ORDER

    return ", ".join(INSTRUCTOR_MODES) + f" (default: {' → '.join(MODE_ORDER)}, the first the server accepts)"


def _environment_help() -> str:
    """Settings with no flag, listed under `extractor extract --help` with their defaults (from `Settings`)."""
    from extractor.config import Settings

    default = {name: field.default for name, field in Settings.model_fields.items()}
    return (
        "Environment: OPENAI_API_KEY (or EXTRACTOR_API_KEY) the API key, never read from pyproject; "
        f"EXTRACTOR_MAX_TOKENS the answer budget per LLM request (default {default['max_tokens']}); "
        f"EXTRACTOR_LLAMA_N_CTX the in-process llama.cpp context (default {default['llama_n_ctx']}); "
        "EXTRACTOR_CACHE_DIR, EXTRACTOR_NO_CACHE=1; EXTRACTOR_OFFLINE_LEARNED=0 (offline: rules only). "
        f"pyproject [tool.extractor] only: chunk_chars, the LLM chunk size (default {default['chunk_chars']} characters)."
    )


ENVIRONMENT_HELP = _environment_help()


@app.command(epilog=ENVIRONMENT_HELP)
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Article files (.txt, .html, .json, .jsonl), directories, http(s) URLs (or a .txt list of them), or - for stdin.")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.json,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    model: Annotated[str | None, typer.Option(help="LLM model (or llama-cpp:/path.gguf); default: offline engine. Env: EXTRACTOR_MODEL.")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server URL. Env: EXTRACTOR_BASE_URL.")] = None,
    language: Annotated[str | None, typer.Option(help=setting_help("language", "Force the language (fr, en).", "detected"))] = None,
    temperature: Annotated[float | None, typer.Option(help=setting_help("temperature", "LLM sampling temperature."))] = None,
    timeout: Annotated[float | None, typer.Option(help=setting_help("timeout", "Seconds to wait for one LLM answer (a local model on a CPU may need several minutes)."))] = None,
    max_retries: Annotated[int | None, typer.Option(help=setting_help("max_retries", "Retries per LLM request."))] = None,
    mode: Annotated[str | None, typer.Option(help=f"instructor mode: {_mode_names()}. Env: EXTRACTOR_MODE.")] = None,
    max_chars: Annotated[int | None, typer.Option(help=setting_help("max_chars", "Refuse articles longer than this many characters."))] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", metavar="", help="Neither read nor write the LLM response cache. Env: EXTRACTOR_NO_CACHE=1.")] = False,
    concurrency: Annotated[int, typer.Option("--concurrency", "-j", min=1, help="Articles in flight at once (LLM: concurrent requests; offline engine: worker processes, at most one per CPU).")] = 1,
    order: Annotated[Order, typer.Option(help="Order of --format jsonl lines: as they finish (completion) or as in the input (other formats always keep input order).")] = Order.completion,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="No progress bar, resume note or summary.")] = False,
    scope: Annotated[str | None, typer.Option("--scope", help=setting_help("scope", "statements (speech acts: said, wrote, according to) or attributions (beliefs and perceptions too: think, know, saw, found)."))] = None,
    estimate: Annotated[bool, typer.Option("--estimate", help="Print what the run would cost (requests, prompt and expected completion tokens) and send no extraction request.")] = False,
    check: Annotated[CheckEngine | None, typer.Option("--check", help="Cross-check the LLM's quotes with another engine (offline): confirmed or not, and what only that engine found (meta.crosscheck, shown in --format html).")] = None,
) -> None:
    """Extract from articles and print or write the results.

    With --format jsonl -o OUT the run is resumable: rerun the same command after a crash or a
    kill and it skips the ids already in OUT; failures go to OUT.errors.jsonl and are retried.
    """
    from rich.markup import escape

    from extractor.cli_run import run_cli
    from extractor.config import resolve_settings
    from extractor.pipeline import Extractor

    settings = resolve_settings(
        model=model,
        base_url=base_url,
        language=language,
        temperature=temperature,
        timeout=timeout,
        max_retries=max_retries,
        mode=mode,
        max_chars=max_chars,
        cache=False if no_cache else None,
        scope=scope,
    )
    require_model_for(settings.model, base_url=base_url, mode=mode, check=check)
    if estimate:
        _print_estimate(settings, inputs, json_output=format is OutputFormat.json)
        return
    extractor = Extractor(settings=settings, check=check.value if check else None)
    failures = run_cli(
        extractor,
        inputs,
        format=format.value,
        output=output,
        concurrency=concurrency,
        order=order.value,
        quiet=quiet,
        report_error=lambda message: stderr.print(f"[yellow]skipped:[/] {escape(message)}", markup=True, highlight=False),
        report_info=lambda message: stderr.print(escape(message), markup=True, highlight=False),
    )
    if failures:
        raise typer.Exit(6)


def _print_estimate(settings, inputs: list[str], *, json_output: bool) -> None:
    """``extract --estimate``: the cost of the run, counted without running it."""
    import json

    from rich.markup import escape
    from rich.table import Table

    from extractor.config import resolve_fetch_limits
    from extractor.engines.llm.estimate import estimate_corpus, server_tokenizer
    from extractor.inputs import load_inputs

    if not settings.uses_llm:
        raise InputError("--estimate counts LLM tokens: give --model (the offline engine costs nothing per token)")
    documents = load_inputs(
        inputs,
        on_error=lambda error: stderr.print(f"[yellow]skipped:[/] {escape(str(error))}", markup=True, highlight=False),
        fetch_limits=resolve_fetch_limits(),
    )
    if not documents:
        raise InputError("no article to estimate")
    api_key = settings.api_key.get_secret_value() if settings.api_key is not None else None
    tokenizer = server_tokenizer(settings.base_url, timeout=min(settings.timeout, 10.0), model=settings.model or "", api_key=api_key)
    estimate = estimate_corpus(documents, settings, max_tokens=settings.max_tokens, tokenizer=tokenizer, tokenizer_name="the server's tokenizer (first requests exact, the rest by their ratio)")
    if json_output:
        typer.echo(json.dumps(estimate.to_dict(), ensure_ascii=False))
        return
    table = Table(title=f"estimate for {settings.model} (no extraction request sent)", show_header=False)
    for label, value in estimate.lines():
        table.add_row(label, value)
    Console().print(table)


@app.command()
def report(
    results: Annotated[Path, typer.Argument(help="Results of `extractor extract --format jsonl` (a .jsonl file, or a .json array).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The page (html), the folder of tables (csv) or the graph file (graphml).")],
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="html: one standalone page; csv: speakers, accusations, claims and quotes tables; graphml: the accusation graph.")] = ReportFormat.html,
    title: Annotated[str, typer.Option(help="Title of the HTML page.")] = "extractor corpus report",
    article_views: Annotated[bool, typer.Option("--article-views/--no-article-views", help="html: also write each article's view into OUTPUT_articles/ and link to it.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
) -> None:
    """The corpus view: most quoted speakers, who accuses whom (a graph), claims, merged names.

    Speakers and accused parties are consolidated across articles (aliases, name normalisation,
    countries and capitals); the page shows which surface forms became which node.
    """
    from rich.markup import escape

    from extractor.corpus import export, load_corpus

    corpus = load_corpus(results)
    for message in corpus.skipped:
        stderr.print(f"[yellow]skipped:[/] {escape(message)}", markup=True, highlight=False)
    if format is ReportFormat.csv:
        written = [str(p) for p in export.write_csv(corpus, output)]
    elif format is ReportFormat.graphml:
        written = [str(export.write_graphml(corpus, output))]
    else:
        written = [str(export.write_report(corpus, output, title=title, article_views=article_views))]
        if article_views:
            written.append(f"{export.views_folder(output)}/ ({len(corpus)} article views)")
    if not quiet:
        stderr.print(escape(f"{corpus!r} -> {', '.join(written)}"), highlight=False)
    if corpus.skipped:
        raise typer.Exit(6)


def require_model_for(model: str | None, **llm_only: object) -> None:
    """LLM-only flags with no model configured (flag, environment or pyproject) would silently
    run the offline engine: refuse them."""
    from extractor.errors import ConfigError

    given = [f"--{name.replace('_', '-')}" for name, value in llm_only.items() if value is not None]
    if given and not model:
        raise ConfigError(
            f"{' and '.join(given)} {'is' if len(given) == 1 else 'are'} for an LLM, but no model is set: "
            "add --model NAME (the name the server serves) or set EXTRACTOR_MODEL; without a model the offline engine runs"
        )


@cache_app.command("info")
def cache_info() -> None:
    """Where the cache is, how many entries it holds and its size."""
    from extractor import cache

    info = cache.info()
    for key, value in info.items():
        typer.echo(f"{key}: {value}")


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete every cached LLM response."""
    from extractor import cache

    removed = cache.clear()
    typer.echo(f"removed {removed} cached responses")


def _register_subcommands() -> None:
    # eval lives with the evaluation code; import lazily-registered so `extractor extract`
    # does not pay for it.
    try:
        from extractor.evaluation.cli import eval_app
    except ImportError:  # pragma: no cover - evaluation package is part of every install
        return
    app.add_typer(eval_app, name="eval")


_register_subcommands()


def main() -> None:
    """Entry point: run the app, turning known errors into one line and an exit code."""
    try:
        # standalone_mode=False makes click *return* the code of a typer.Exit instead of raising it.
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except ExtractorError as error:
        from rich.markup import escape

        # escape: a message naming "[x].txt" must print as written, not as (broken) rich markup
        stderr.print(f"[bold red]error:[/] {escape(str(error))}", markup=True, highlight=False)
        sys.exit(error.exit_code)
    except typer.Exit as exit_:
        sys.exit(exit_.exit_code)
    except KeyboardInterrupt:
        stderr.print("interrupted", highlight=False)
        sys.exit(130)
    except Exception as error:  # click usage errors and the like
        import click

        # typer >= 0.20 raises its own vendored click's exceptions (typer._click), not click's
        if isinstance(error, click.ClickException) or (isinstance(error, typer.TyperException) and hasattr(error, "show")):
            error.show()
            sys.exit(error.exit_code)
        if isinstance(error, (click.exceptions.Abort, typer.Abort)):
            sys.exit(130)
        raise


if __name__ == "__main__":  # pragma: no cover
    main()


__all__ = ["app", "main", "InputError"]
