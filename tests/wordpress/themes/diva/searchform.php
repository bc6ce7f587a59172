<form role="search" method="get" id="searchform" class="searchform" action="<?php echo esc_url( home_url( '/' ) ); ?>">
	<div>
		<label class="screen-reader-text" for="s">Sök efter:</label>
		<input type="text" value="<?php echo esc_attr( get_search_query() ); ?>" name="s" id="s" />
		<input type="submit" id="searchsubmit" value="Sök" />
	</div>
</form>
