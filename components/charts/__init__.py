"""Pure figure and table builders: keyword-only inputs in, ``go.Figure`` out; no Streamlit."""
