<?php
/**
 * Kommentarsmall. Laddas av "Post Comments"-widgeten (Theme Comments).
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/*
 * Lösenordsskyddat inlägg som inte är upplåst: inga kommentarer.
 */
if ( post_password_required() ) {
	return;
}

$forge_comment_count = (int) get_comments_number();
?>
<section id="comments" class="comments-area forge-comments">

	<?php if ( have_comments() ) : ?>
		<h3 class="title-comments forge-comments__title">
			<?php
			if ( 1 === $forge_comment_count ) {
				/* translators: %s: inläggets titel */
				printf( esc_html__( 'En kommentar till ”%s”', 'forge' ), '<span>' . esc_html( get_the_title() ) . '</span>' );
			} else {
				printf(
					/* translators: 1: antal kommentarer, 2: inläggets titel */
					esc_html__( '%1$s kommentarer till ”%2$s”', 'forge' ),
					esc_html( number_format_i18n( $forge_comment_count ) ),
					'<span>' . esc_html( get_the_title() ) . '</span>'
				);
			}
			?>
		</h3>

		<?php forge_comments_pagination(); ?>

		<ol class="comment-list forge-comment-list">
			<?php
			wp_list_comments(
				array(
					'callback'    => 'forge_comment',
					'style'       => 'ol',
					'avatar_size' => 60,
					'short_ping'  => true,
				)
			);
			?>
		</ol>

		<?php forge_comments_pagination(); ?>

	<?php endif; ?>

	<?php if ( ! comments_open() ) : ?>
		<p class="no-comments forge-comments__closed"><?php esc_html_e( 'Kommentarsfältet är stängt.', 'forge' ); ?></p>
	<?php endif; ?>

	<?php comment_form( forge_comment_form_args() ); ?>

</section><!-- #comments -->
