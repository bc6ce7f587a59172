<?php
/**
 * The template for displaying search forms
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

$strapline_uid = wp_unique_id( 's-' );
?>

<form method="get" class="search-form" action="<?php echo esc_url( home_url( '/' ) ); ?>" role="search">
	<label class="screen-reader-text" for="<?php echo esc_attr( $strapline_uid ); ?>"><?php echo esc_html_x( 'Sök efter:', 'label', 'strapline' ); ?></label>
	<div class="input-group">
		<input type="search" class="field search-field form-control" id="<?php echo esc_attr( $strapline_uid ); ?>" name="s" value="<?php the_search_query(); ?>" placeholder="<?php echo esc_attr_x( 'Sök &hellip;', 'placeholder', 'strapline' ); ?>">
		<input type="submit" class="submit search-submit btn btn-primary" name="submit" value="<?php echo esc_attr_x( 'Sök', 'submit button', 'strapline' ); ?>">
	</div>
</form>
