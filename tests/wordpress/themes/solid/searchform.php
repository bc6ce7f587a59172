<?php
/**
 * Search form (Soledad's pc-searchform).
 *
 * @package solid
 */
?>
<form role="search" method="get" class="pc-searchform" action="<?php echo esc_url( home_url( '/' ) ); ?>">
	<div class="pc-searchform-inner">
		<input type="text" class="search-input" placeholder="Skriv och tryck enter..." name="s" value="<?php echo esc_attr( get_search_query() ); ?>"/>
		<i class="penci-faicon fa fa-search" ></i>
		<button type="submit" class="searchsubmit">Sök</button>
	</div>
</form>
