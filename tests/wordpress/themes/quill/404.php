<?php
/**
 * Sidan som inte fanns.
 *
 * @package Quill
 */

get_header();
?>

<div id="content" class="narrowcolumn">

	<div class="post notfound">
		<h2 class="center"><?php _e( 'Fel 404 &ndash; sidan kunde inte hittas', 'quill' ); ?></h2>
		<p class="center">
			<?php
			/* translators: %s: adressen till startsidan */
			printf( __( 'Sidan du letar efter finns inte, eller så har den flyttats. Försök att söka efter den i sökrutan till höger, eller gå till <a href="%s">startsidan</a>.', 'quill' ), esc_url( home_url( '/' ) ) );
			?>
		</p>
	</div>

</div>

<?php
get_sidebar();
get_footer();
