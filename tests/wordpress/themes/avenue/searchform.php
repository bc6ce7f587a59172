<?php
/**
 * Avada's search form.
 *
 * @package avenue
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit( 'Direct script access denied.' );
}
?>
<form role="search" class="searchform fusion-search-form  fusion-search-form-classic" method="get" action="<?php echo esc_url( home_url( '/' ) ); ?>">
	<div class="fusion-search-form-content">
		<div class="fusion-search-field search-field">
			<label><span class="screen-reader-text">Sök efter:</span>
				<input type="search" value="<?php echo esc_attr( get_search_query() ); ?>" name="s" class="s" placeholder="Sök..." required aria-required="true" aria-label="Sök..."/>
			</label>
		</div>
		<div class="fusion-search-button search-button">
			<input type="submit" class="fusion-search-submit searchsubmit" aria-label="Sök" value="&#xf002;" />
		</div>
	</div>
</form>
