<?php
/**
 * Diskussionen under inlägg och sidor.
 *
 * @package Mosaic
 */

if ( post_password_required() ) {
	return;
}
?>

<section id="comments" class="ms-discussion">

	<?php if ( have_comments() ) : ?>
		<?php $mosaic_total = (int) get_comments_number(); ?>
		<h2 class="ms-discussion__title">
			<?php
			/* translators: %s: antal kommentarer. */
			printf( esc_html( _n( 'Diskussion (%s)', 'Diskussion (%s)', $mosaic_total, 'mosaic' ) ), esc_html( number_format_i18n( $mosaic_total ) ) );
			?>
		</h2>

		<ul class="ms-thread">
			<?php
			wp_list_comments(
				array(
					'callback'   => 'mosaic_comment',
					'style'      => 'ul',
					'short_ping' => true,
				)
			);
			?>
		</ul>

		<?php if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) : ?>
			<nav class="ms-cpager" aria-label="<?php esc_attr_e( 'Kommentarssidor', 'mosaic' ); ?>">
				<?php
				paginate_comments_links(
					array(
						'prev_text' => __( '&larr; Föregående', 'mosaic' ),
						'next_text' => __( 'Nästa &rarr;', 'mosaic' ),
					)
				);
				?>
			</nav>
		<?php endif; ?>
	<?php endif; ?>

	<?php if ( ! comments_open() && get_comments_number() && post_type_supports( get_post_type(), 'comments' ) ) : ?>
		<p class="ms-closed"><?php esc_html_e( 'Diskussionen är stängd. Det går inte längre att kommentera.', 'mosaic' ); ?></p>
	<?php endif; ?>

	<?php
	comment_form(
		array(
			'title_reply'        => __( 'Delta i diskussionen', 'mosaic' ),
			/* translators: %s: namnet på den som besvaras. */
			'title_reply_to'     => __( 'Svara %s', 'mosaic' ),
			'cancel_reply_link'  => __( 'Avbryt svar', 'mosaic' ),
			'label_submit'       => __( 'Skicka kommentar', 'mosaic' ),
			'title_reply_before' => '<h3 id="reply-title" class="comment-reply-title">',
			'title_reply_after'  => '</h3>',
		)
	);
	?>

</section>
