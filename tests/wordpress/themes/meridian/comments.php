<?php
/**
 * Comments template.
 *
 * @package Meridian
 */

if ( post_password_required() ) {
	return;
}
?>

<section id="comments" class="mrd-comments">

	<?php if ( have_comments() ) : ?>
		<h2 class="mrd-comments__title">
			<?php
			$meridian_comment_count = (int) get_comments_number();
			printf(
				/* translators: 1: number of comments, 2: post title. */
				esc_html( _n( '%1$s kommentar till ”%2$s”', '%1$s kommentarer till ”%2$s”', $meridian_comment_count, 'meridian' ) ),
				esc_html( number_format_i18n( $meridian_comment_count ) ),
				'<span class="mrd-comments__post-title">' . wp_kses_post( get_the_title() ) . '</span>'
			);
			?>
		</h2>

		<ol class="mrd-comment-list">
			<?php
			wp_list_comments(
				array(
					'callback'    => 'meridian_comment',
					'style'       => 'ol',
					'avatar_size' => 48,
				)
			);
			?>
		</ol>

		<?php if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) : ?>
			<nav class="mrd-comments-pagination" aria-label="<?php esc_attr_e( 'Kommentarsnavigering', 'meridian' ); ?>">
				<?php
				paginate_comments_links(
					array(
						'prev_text' => esc_html__( '&laquo; Föregående kommentarer', 'meridian' ),
						'next_text' => esc_html__( 'Nästa kommentarer &raquo;', 'meridian' ),
					)
				);
				?>
			</nav>
		<?php endif; ?>

		<?php if ( ! comments_open() ) : ?>
			<p class="mrd-comments__closed"><?php esc_html_e( 'Kommentarsfältet är stängt för det här inlägget.', 'meridian' ); ?></p>
		<?php endif; ?>

	<?php endif; ?>

	<?php
	comment_form(
		array(
			'title_reply'          => esc_html__( 'Skriv en kommentar', 'meridian' ),
			/* translators: %s: comment author name. */
			'title_reply_to'       => esc_html__( 'Svara %s', 'meridian' ),
			'title_reply_before'   => '<h2 id="reply-title" class="comment-reply-title mrd-respond__title">',
			'title_reply_after'    => '</h2>',
			'cancel_reply_link'    => esc_html__( 'Avbryt svar', 'meridian' ),
			'label_submit'         => esc_html__( 'Skicka kommentar', 'meridian' ),
			'class_container'      => 'comment-respond mrd-respond',
			'class_form'           => 'comment-form mrd-comment-form',
			'class_submit'         => 'submit mrd-button',
		)
	);
	?>

</section>
