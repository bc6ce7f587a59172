<?php
/**
 * Sökformulär i samma markup som Elementor Pros "Search Form"-widget (skin Classic).
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$forge_form_id = 'elementor-search-form-' . ( ! empty( $args['forge_widget_id'] ) ? sanitize_html_class( $args['forge_widget_id'] ) : wp_unique_id( 'f' ) );
?>
		<search role="search">
			<form class="elementor-search-form" action="<?php echo esc_url( home_url( '/' ) ); ?>" method="get">
												<div class="elementor-search-form__container">
					<label class="elementor-screen-only" for="<?php echo esc_attr( $forge_form_id ); ?>"><?php esc_html_e( 'Sök', 'forge' ); ?></label>

					
					<input id="<?php echo esc_attr( $forge_form_id ); ?>" placeholder="<?php esc_attr_e( 'Sök...', 'forge' ); ?>" class="elementor-search-form__input" type="search" name="s" value="<?php echo esc_attr( get_search_query() ); ?>">
					
											<button class="elementor-search-form__submit" type="submit" aria-label="<?php esc_attr_e( 'Sök', 'forge' ); ?>">
															<div class="e-font-icon-svg-container"><?php forge_icon( 'fas-search' ); ?></div>								<span class="elementor-screen-only"><?php esc_html_e( 'Sök', 'forge' ); ?></span>
													</button>
					
									</div>
			</form>
		</search>
