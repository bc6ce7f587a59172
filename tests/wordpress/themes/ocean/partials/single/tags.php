<?php
/**
 * Etiketter under innehållet.
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! has_tag() ) {
	return;
}
?>

<div class="post-tags clr">
	<?php the_tags( '<span class="owp-tag-text">' . esc_html__( 'Etiketter: ', 'ocean' ) . '</span>', '<span class="owp-sep">,</span> ', '' ); ?>
</div>
