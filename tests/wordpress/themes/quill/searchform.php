<?php
/**
 * Sökformuläret.
 *
 * @package Quill
 */
?>
<form method="get" id="searchform" action="<?php echo esc_url( home_url( '/' ) ); ?>">
	<div>
		<label class="hidden" for="s"><?php _e( 'Sök efter:', 'quill' ); ?></label>
		<input type="text" value="<?php echo esc_attr( get_search_query() ); ?>" name="s" id="s" />
		<input type="submit" id="searchsubmit" value="<?php esc_attr_e( 'Sök', 'quill' ); ?>" />
	</div>
</form>
