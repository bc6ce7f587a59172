<?php
/**
 * Kommentarer.
 *
 * @package Tidning
 */

if ( post_password_required() ) {
	return;
}
?>
<div class="comments" id="comments">
	<?php
	if ( have_comments() ) :
		$tidning_num = (int) get_comments_number();
		?>
		<div class="td-comments-title-wrap td-pb-padding-side">
			<h4 class="td-comments-title block-title"><span><?php echo esc_html( 1 === $tidning_num ? __( '1 KOMMENTAR', 'tidning' ) : sprintf( /* translators: %s: antal */ __( '%s KOMMENTARER', 'tidning' ), number_format_i18n( $tidning_num ) ) ); ?></span></h4>
		</div>

		<ol class="comment-list td-pb-padding-side">
			<?php
			wp_list_comments( array(
				'callback' => 'tidning_comment',
				'style'    => 'ol',
			) );
			?>
		</ol>

		<?php if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) : ?>
			<div class="comment-pagination">
				<?php previous_comments_link( __( '&laquo; Äldre kommentarer', 'tidning' ) ); ?>
				<?php next_comments_link( __( 'Nyare kommentarer &raquo;', 'tidning' ) ); ?>
			</div>
		<?php endif; ?>
	<?php endif; ?>

	<?php if ( ! comments_open() && post_type_supports( get_post_type(), 'comments' ) ) : ?>
		<p class="td-comments-closed td-pb-padding-side"><?php esc_html_e( 'Kommentarerna är stängda.', 'tidning' ); ?></p>
	<?php endif; ?>

	<?php comment_form( tidning_comment_form_args() ); ?>
</div> <!-- /.content -->
