<?php
/**
 * Kommentarer.
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;

/*
 * Lösenordsskyddat och inget lösenord angivet: visa ingenting alls.
 */
if ( post_password_required() ) {
	return;
}
?>
<div id="comments" class="comments-area">
	<?php
	if ( have_comments() ) :
		$kadens_count = (int) get_comments_number();
		?>
		<h2 class="comments-title">
			<?php
			if ( 1 === $kadens_count ) {
				echo '1 kommentar';
			} else {
				printf( '%s kommentarer', esc_html( number_format_i18n( $kadens_count ) ) );
			}
			?>
		</h2>

		<ol class="comment-list">
			<?php
			wp_list_comments(
				array(
					'style'       => 'ol',
					'short_ping'  => true,
					'avatar_size' => 60,
					'callback'    => 'kadens_comment',
				)
			);
			?>
		</ol><!-- .comment-list -->

		<?php
		the_comments_navigation(
			array(
				'prev_text'          => '&larr; Äldre kommentarer',
				'next_text'          => 'Nyare kommentarer &rarr;',
				'screen_reader_text' => 'Kommentarsnavigering',
				'aria_label'         => 'Kommentarer',
			)
		);

		if ( ! comments_open() ) :
			?>
			<p class="no-comments">Kommentarsfältet är stängt.</p>
			<?php
		endif;
	endif;

	comment_form( kadens_comment_form_args() );
	?>
</div><!-- #comments -->
