<?php
/**
 * Flatsome's search form.
 *
 * @package flatso
 */
$flatso_uid = wp_unique_id( 's' );
?>
<form method="get" class="searchform" action="<?php echo esc_url( home_url( '/' ) ); ?>" role="search">
		<div class="flex-row relative">
			<div class="flex-col flex-grow">
	   	   <input type="search" class="search-field mb-0" name="s" value="<?php echo esc_attr( get_search_query() ); ?>" id="<?php echo esc_attr( $flatso_uid ); ?>" placeholder="Sök&hellip;" />
			</div>
			<div class="flex-col">
				<button type="submit" class="ux-search-submit submit-button secondary button icon mb-0" aria-label="Skicka">
					<?php echo get_flatsome_icon( 'icon-search' ); // phpcs:ignore ?>				</button>
			</div>
		</div>
    <div class="live-search-results text-left z-top"></div>
</form>
