"""Files to take home: charts as PNG, the Presenteren deck as PowerPoint and PDF; no Streamlit."""
